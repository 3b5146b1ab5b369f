// Speed marks for the README's figures: how long the window took from a user's action until
// the frame showing its result. Kept in window.__konsortioMarks, where the measuring script
// (e2e/perf) reads them; cheap enough to keep on always.

export interface Mark { name: string; ms: number }

declare global {
  interface Window { __konsortioMarks?: Mark[] }
}

export function mark(name: string, ms: number): void {
  (window.__konsortioMarks ??= []).push({ name, ms: Math.round(ms * 10) / 10 });
}

/** Resolves once the frame showing the DOM as it is now has been painted. */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
