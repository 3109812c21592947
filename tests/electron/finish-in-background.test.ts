import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { finishInBackground } from '../../electron/finish-in-background';
import { recordingLogger } from '../support/recording-logger';
import { collectUnhandledRejections } from './support/unhandled-rejections';

describe('finishInBackground', () => {
  it('logs a task that fails instead of leaving its rejection unhandled', async () => {
    const log = recordingLogger();
    const unhandled = await collectUnhandledRejections(async () => {
      finishInBackground(() => Promise.reject(new Error('EBUSY: resource busy')), 'close the show server', log);
      await wait(5);
    });
    expect(unhandled).toEqual([]);
    expect(log.lines).toEqual(['warn: cannot close the show server: EBUSY: resource busy']);
  });

  it('logs a task that throws before it returns a promise', () => {
    const log = recordingLogger();
    expect(() =>
      finishInBackground(
        () => {
          throw new Error('already closed');
        },
        'stop watching the content files',
        log,
      ),
    ).not.toThrow();
    expect(log.lines).toEqual(['warn: cannot stop watching the content files: already closed']);
  });

  it('says nothing of a task that succeeds', async () => {
    const log = recordingLogger();
    finishInBackground(() => Promise.resolve('closed'), 'close the show server', log);
    await wait(5);
    expect(log.lines).toEqual([]);
  });
});
