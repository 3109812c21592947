import { defineConfig } from 'vitest/config';

// Three projects: `unit` runs the pure logic and the main-process wiring (against a fake
// of Electron) in Node; `e2e` drives the built renderer in real Chromium; `electron`
// launches the built app in the real Electron binary, and skips, saying why, where
// that binary is absent (it cannot be downloaded on our CI machines).
export default defineConfig({
  test: {
    // Two test files at a time, one per core of our machines: one at a time left a core
    // idle while a browser test waited on a crossfade or a socket. The browser and unit
    // files share the two workers (the largest files start first; the slowest, once
    // Vitest has their times). Every browser test waits for what a person would wait
    // for, never a fixed time, so it holds on a busy machine as on a quiet one.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{common,renderer,electron,server,node,tools,packaging}/**/*.test.ts'],
          environment: 'node',
          // Worker threads start faster than child processes; no unit test needs a process of its own.
          pool: 'threads',
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
