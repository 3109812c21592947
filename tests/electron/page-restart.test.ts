import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { HEARTBEAT } from '../../common/ipc/heartbeat';
import { MINUTE, recovering } from './support/recovery-harness';

/** The one watched window's contents, and the recovery around it. */
function oneWindow() {
  const recovery = recovering();
  const contents = recovery.windows[0]?.webContents;
  if (contents === undefined) throw new Error('no window');
  return { ...recovery, contents };
}

describe('a hung page', () => {
  it('is crashed, and reloaded only once Electron reports its process gone, so the reload gets a new process (electron#48661, #51900)', async () => {
    const { contents, log } = oneWindow();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(contents.sent.filter((message) => message.channel === HEARTBEAT.ping).length).toBeGreaterThan(0);
    contents.hang();
    await vi.advanceTimersByTimeAsync(25_000);
    expect({ crashes: contents.crashesForced, reloads: contents.reloads, lost: contents.lostReloads, renderer: contents.renderer }).toEqual({
      crashes: 1,
      reloads: 1,
      lost: 0,
      renderer: 'live',
    });
    expect(log.lines).toEqual([
      'error: the audience page is hung: it has not answered main for 20 s; reloading',
      'info: the hung audience page was stopped (crashed, exit code 133): reloading it in a new process',
    ]);
  });

  it('answers again once reloaded, and counts as one failure, not two', async () => {
    const { contents, file } = oneWindow();
    contents.hang();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(contents.reloads).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ reloads: [Date.UTC(2026, 10, 25, 18, 0, 20)] });
  });

  it('is reloaded anyway when its crash is never reported', async () => {
    const { contents, log } = oneWindow();
    contents.hang();
    contents.forcefullyCrashRenderer = () => undefined;
    await vi.advanceTimersByTimeAsync(20_000 + 5000);
    expect(contents.reloads).toBe(1);
    expect(log.lines.at(-1)).toBe('warn: the hung audience page did not report its end within 5 s: reloading it anyway');
  });

  it('that is already dead is reloaded at once, with no crash to wait for', async () => {
    const { contents, log } = oneWindow();
    contents.crash('clean-exit');
    await vi.advanceTimersByTimeAsync(20_000);
    expect({ crashes: contents.crashesForced, reloads: contents.reloads, renderer: contents.renderer }).toEqual({ crashes: 0, reloads: 1, renderer: 'live' });
    expect(log.lines.at(-1)).toBe('error: the audience page is hung: it has not answered main for 20 s; reloading');
  });

  it('whose window is closed while it is being stopped is left alone, and nothing throws', async () => {
    const { windows, contents, log } = oneWindow();
    const window = windows[0];
    if (window === undefined) throw new Error('no window');
    // A person closes the window just as main asks the hung renderer to crash.
    const askToCrash = contents.forcefullyCrashRenderer.bind(contents);
    contents.forcefullyCrashRenderer = () => {
      askToCrash();
      window.close();
    };
    contents.hang();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect({ destroyed: window.destroyed, crashes: contents.crashesForced, reloads: contents.reloads }).toEqual({ destroyed: true, crashes: 1, reloads: 0 });
    expect(log.lines).toEqual(['error: the audience page is hung: it has not answered main for 20 s; reloading']);
  });

  it('whose renderer died a task before the hang was found counts once, and is reloaded once Electron reports the death', async () => {
    // The renderer dies at the very moment the heartbeat finds the page 20 s silent, just
    // before it: Chromium knows (isCrashed), and Electron's render-process-gone is a task away.
    let dieNow = (): void => undefined;
    setTimeout(() => dieNow(), 20_000);
    const { contents, log, file } = oneWindow();
    let crashedBeforeEvent: boolean | undefined;
    dieNow = () => {
      contents.crash();
      crashedBeforeEvent = contents.isCrashed();
    };
    contents.hang();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(crashedBeforeEvent).toBe(true);
    expect({ reloads: contents.reloads, crashes: contents.crashesForced, renderer: contents.renderer }).toEqual({ reloads: 1, crashes: 0, renderer: 'live' });
    expect((JSON.parse(readFileSync(file, 'utf8')) as { reloads: unknown[] }).reloads).toHaveLength(1);
    expect(log.lines).toEqual(["error: the audience page's process is gone (crashed, exit code 139); reloading"]);
  });
});
