import { setTimeout as wait } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUpHosts, readyHost } from './support/host-harness';
import { collectUnhandledRejections } from './support/unhandled-rejections';

// The show server and the content watch, as the host uses them, except that each fails to
// stop: what a port that will not let go or a watcher that cannot close does at quit.
vi.mock('../../electron/embedded-server', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../electron/embedded-server')>();
  return {
    ...actual,
    embedShowServer: (...args: Parameters<typeof actual.embedShowServer>) => ({
      ...actual.embedShowServer(...args),
      close: () => Promise.reject(new Error('the port would not let go')),
    }),
  };
});
vi.mock('../../server/content-watch', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../server/content-watch')>();
  return {
    ...actual,
    watchContentFiles: (...args: Parameters<typeof actual.watchContentFiles>) => {
      const watch = actual.watchContentFiles(...args);
      return { ready: watch.ready, stop: () => watch.stop().then(() => Promise.reject(new Error('the watcher would not close'))) };
    },
  };
});

afterEach(cleanUpHosts);

describe('quitting the show', () => {
  it('logs a show server and a content watch that fail to stop, and leaves no rejection unhandled', async () => {
    const { app, log } = await readyHost();
    const unhandled = await collectUnhandledRejections(async () => {
      app.quit();
      await wait(50);
    });
    expect(unhandled).toEqual([]);
    expect(log.lines).toContain('warn: cannot close the show server: the port would not let go');
    expect(log.lines).toContain('warn: cannot stop watching the content files: the watcher would not close');
  });
});
