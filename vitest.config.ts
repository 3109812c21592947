import { defineConfig } from 'vitest/config';

// Three projects: `unit` runs the pure logic and the main-process wiring (against a fake
// of Electron) in Node; `e2e` drives the built renderer in real Chromium; `electron`
// launches the built app in the real Electron binary, and skips, saying why, where
// that binary is absent (it cannot be downloaded on our CI machines).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{common,renderer,electron,server,node,tools,packaging}/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: two cores, and screenshots want a quiet machine.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'electron',
          include: ['tests/electron-e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
