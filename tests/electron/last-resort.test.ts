import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ERROR_LIMITS } from '../../electron/error-tally';
import { installLastResort } from '../../electron/last-resort';
import type { Logger } from '../../node/logger';
import { recordingLogger } from '../support/recording-logger';
import { FakeMainProcess } from './support/fake-main-process';

const MINUTE = 60_000;

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** Electron's main process, with the last resort installed as main.ts installs it, or without. */
function mainProcess({ lastResort = true, log = recordingLogger() }: { lastResort?: boolean; log?: Logger & { readonly lines: string[] } } = {}) {
  const process = new FakeMainProcess();
  const recoveries: string[] = [];
  if (lastResort) installLastResort(process, log, (why) => recoveries.push(why));
  return { process, log, recoveries, errorBoxes: process.dialog.errorBoxes };
}

/** Lets the tasks Electron would run next (its error box, a rejection's turn) run. */
const settle = (): Promise<unknown> => vi.advanceTimersByTimeAsync(0);

describe('the main process without the last resort (what the fake does, as Electron does)', () => {
  it("puts Electron's error box over the show for an error thrown in main", async () => {
    const { process, errorBoxes } = mainProcess({ lastResort: false });
    process.throwUncaught(new Error('boom'));
    await settle();
    expect(errorBoxes).toHaveLength(1);
    expect(errorBoxes[0]?.title).toBe('A JavaScript error occurred in the main process');
    expect(errorBoxes[0]?.content).toMatch(/^Uncaught Exception:\nError: boom\n {4}at /);
    expect(process.ended).toBeUndefined();
  });

  it('lets a rejection nothing handled reach only the terminal, as a warning, and never a dialog (warn-with-error-code)', async () => {
    const { process, errorBoxes } = mainProcess({ lastResort: false });
    await process.rejectUnhandled(new Error('lost'));
    await settle();
    expect(errorBoxes).toEqual([]);
    expect(process.warnings).toEqual([expect.stringMatching(/^UnhandledPromiseRejectionWarning: Error: lost/)]);
    expect(process.exitCode).toBe(1);
  });
});

describe('installLastResort', () => {
  it('logs an error thrown in main, with its stack, and Electron shows no error box', async () => {
    const { process, log, errorBoxes } = mainProcess();
    process.throwUncaught(new Error('boom'));
    await settle();
    expect(errorBoxes).toEqual([]);
    expect(log.lines).toEqual([expect.stringMatching(/^error: uncaught error in the main process: Error: boom\n {4}at /)]);
    expect(process.ended).toBeUndefined();
  });

  it('logs a rejection nothing handled, and Node prints no warning of its own', async () => {
    const { process, log, errorBoxes } = mainProcess();
    await process.rejectUnhandled(new Error('lost'));
    await settle();
    expect(errorBoxes).toEqual([]);
    expect(log.lines).toEqual([expect.stringMatching(/^error: unhandled promise rejection in the main process: Error: lost\n {4}at /)]);
    expect(process.warnings).toEqual([]);
    expect(process.exitCode).toBeUndefined();
  });

  it('logs what was thrown when it is not an Error, even a value that throws when looked at', async () => {
    const { process, log, errorBoxes } = mainProcess();
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); }, getPrototypeOf: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } });
    for (const thrown of ['a string', undefined, null, Object.create(null) as object, hostile]) process.throwUncaught(thrown);
    await settle();
    expect(errorBoxes).toEqual([]);
    expect(process.ended).toBeUndefined();
    expect(log.lines).toEqual([
      "error: uncaught error in the main process: 'a string'",
      'error: uncaught error in the main process: undefined',
      'error: uncaught error in the main process: null',
      'error: uncaught error in the main process: [Object: null prototype] {}',
      'error: uncaught error in the main process: an error that cannot be described',
    ]);
  });

  it("logs an error's code and cause with it, which often say more than its message", () => {
    const { process, log } = mainProcess();
    process.throwUncaught(Object.assign(new Error('write failed', { cause: new Error('the pipe is closed') }), { code: 'EPIPE' }));
    expect(log.lines[0]).toContain("code: 'EPIPE'");
    expect(log.lines[0]).toContain('[cause]: Error: the pipe is closed');
  });

  it('keeps main running when the log itself throws: a listener that throws would make Node end the app', () => {
    const log = Object.assign(recordingLogger(), { error: () => { throw new Error('the disk is gone'); } });
    const { process } = mainProcess({ log });
    process.throwUncaught(new Error('boom'));
    expect(process.ended).toBeUndefined();
  });

  it('writes one line for the same error thrown 1000 times within a minute, and one with their count once the minute is over', async () => {
    const { process, log } = mainProcess();
    const tick = () => process.throwUncaught(new Error('tick failed'));
    for (let time = 0; time < 1000; time += 1) tick();
    expect(log.lines).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(log.lines).toHaveLength(2);
    expect(log.lines[1]).toBe('error: uncaught error in the main process: Error: tick failed (999 more times within 60 s)');
  });

  it('logs the error in full again once its minute is over', async () => {
    const { process, log } = mainProcess();
    process.throwUncaught(new Error('now and then'));
    await vi.advanceTimersByTimeAsync(MINUTE);
    process.throwUncaught(new Error('now and then'));
    expect(log.lines).toEqual([expect.stringMatching(/^error: uncaught error in the main process: Error: now and then\n/), expect.stringMatching(/^error: uncaught error in the main process: Error: now and then\n/)]);
  });

  it('writes a bounded number of lines for a thousand different errors too, and counts the ones left out', async () => {
    const { process, log } = mainProcess();
    for (let id = 0; id < 1000; id += 1) process.throwUncaught(new Error(`request ${id} failed`));
    expect(log.lines).toHaveLength(DEFAULT_ERROR_LIMITS.kindsPerWindow);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(log.lines).toHaveLength(DEFAULT_ERROR_LIMITS.kindsPerWindow + 1);
    expect(log.lines.at(-1)).toBe('error: and 990 more errors of other kinds within 60 s');
  });

  it('asks for recovery exactly once when more than ten errors, thrown or rejected, come within a minute', async () => {
    const { process, recoveries } = mainProcess();
    for (let time = 0; time < 5; time += 1) await process.rejectUnhandled(new Error('lost'));
    for (let time = 0; time < 5; time += 1) process.throwUncaught(new Error('boom'));
    expect(recoveries).toEqual([]);
    process.throwUncaught(new Error('boom'));
    expect(recoveries).toEqual(['more than 10 errors in the main process within 60 s']);
    for (let time = 0; time < 1000; time += 1) process.throwUncaught(new Error('boom'));
    expect(recoveries).toHaveLength(1);
  });

  it('asks again when the errors go on in a later minute, and never for ten a minute', async () => {
    const { process, recoveries } = mainProcess();
    for (let minute = 0; minute < 60; minute += 1) {
      for (let time = 0; time < 10; time += 1) process.throwUncaught(new Error('boom'));
      await vi.advanceTimersByTimeAsync(MINUTE);
    }
    expect(recoveries).toEqual([]);
    for (let minute = 0; minute < 2; minute += 1) {
      for (let time = 0; time < 100; time += 1) process.throwUncaught(new Error('boom'));
      await vi.advanceTimersByTimeAsync(MINUTE);
    }
    expect(recoveries).toHaveLength(2);
  });
});
