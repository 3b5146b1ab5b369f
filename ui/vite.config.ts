/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Tauri serves the built files itself; the dev server is only for `tauri dev`.
export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  clearScreen: false,
  // The translations live beside the Rust crates (../locales), read by both sides.
  server: { port: 5173, strictPort: true, fs: { allow: ['.', '../locales'] } },
  build: { target: 'safari15', outDir: 'dist', emptyOutDir: true },
  resolve: mode === 'test' ? { conditions: ['browser'] } : undefined,
  // A view's test renders it whole in jsdom; on a loaded 2-core machine that takes seconds,
  // so a test gets 30 s before it counts as hung (a wrong value still fails at once).
  test: {
    globals: true, environment: 'jsdom', include: ['src/**/*.test.ts'], setupFiles: ['src/test-setup.ts'],
    testTimeout: 30000,
  },
}));
