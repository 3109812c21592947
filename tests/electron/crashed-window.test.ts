// A window whose page is dead and stays so (the recovery is cooling down), as the whole host
// runs it on the fake Electron.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../common/ipc/contract';
import { HEARTBEAT } from '../../common/ipc/heartbeat';
import { cleanUpHosts, readyHost } from './support/host-harness';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 25, 18, 0));
});
afterEach(() => {
  cleanUpHosts();
  vi.useRealTimers();
});

describe('a window whose page is dead, waiting for its reload', () => {
  it('is sent no heartbeat and no snapshot, so Electron prints nothing to stderr, and gets both again once reloaded', async () => {
    const coolDownUntil = Date.now() + 5 * MINUTE;
    const { audience, show, stderr } = await readyHost({ dataFiles: { 'recovery.json': JSON.stringify({ reloads: [], relaunches: [], coolDownUntil }) } });
    const contents = audience.webContents;
    await vi.advanceTimersByTimeAsync(10_000);
    contents.crash();
    await vi.advanceTimersByTimeAsync(MINUTE);
    show.store.dispatch({ type: 'next' });
    expect(contents.renderer).toBe('gone');
    const sentSince = contents.sent.length;
    await vi.advanceTimersByTimeAsync(MINUTE);
    show.store.dispatch({ type: 'next' });
    expect(contents.sent.slice(sentSince)).toEqual([]);
    expect(stderr).toEqual([]);
    // The cool-down's end reloads every window; the page is sent heartbeats and snapshots again.
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    show.store.dispatch({ type: 'next' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(contents.renderer).toBe('live');
    expect(new Set(contents.sent.slice(sentSince).map((message) => message.channel))).toEqual(new Set([IPC.snapshot, HEARTBEAT.ping]));
    expect(stderr).toEqual([]);
  });
});
