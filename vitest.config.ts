import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Before any module: Dexie looks for IndexedDB when it is first imported, and which test file first
    // imports a module that imports Dexie should not decide whether the fake is there.
    setupFiles: ['fake-indexeddb/auto'],
  },
});
