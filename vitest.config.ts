import { defineConfig } from 'vitest/config';

/** What every browser test file runs with: the built renderer served, and a minute for each test and hook. */
const BROWSER_TESTS = {
  environment: 'node' as const,
  globalSetup: ['tests/e2e/support/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
};

/** The browser test files that measure how far apart screens change: they run alone (below). */
const IN_STEP_FILES: string[] = ['tests/e2e/announcements.test.ts'];

// Four projects: `unit` runs the pure logic and the main-process wiring (against a fake
// of Electron) in Node; `e2e` drives the built renderer in real Chromium, and
// `e2e-in-step` the browser file that measures screens in step, alone; `electron`
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
          exclude: IN_STEP_FILES,
          ...BROWSER_TESTS,
        },
      },
      {
        // Screens in step, measured (the spread of the moment three screens show an
        // announcement, within 100 ms): alone, after every other file. Beside another
        // file's Chromium starting, one screen of three could paint a few frames late on
        // two cores, and that measured the other file, not the show.
        test: {
          name: 'e2e-in-step',
          include: IN_STEP_FILES,
          ...BROWSER_TESTS,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
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
