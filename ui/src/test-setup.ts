// jsdom lacks ResizeObserver (used by bind:clientHeight); a no-op one is enough for tests.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
