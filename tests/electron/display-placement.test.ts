import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../common/ipc/contract';
import type { ShowSnapshot } from '../../common/show/show-store';
import { secureWebPreferences } from '../../electron/security';
import { fakeDisplay, LAPTOP_SCREEN, PROJECTOR } from './support/fake-electron';
import { cleanUpHosts, readyHost } from './support/host-harness';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanUpHosts();
  vi.useRealTimers();
});

const TV = fakeDisplay(3, 'LG TV', { x: -1920, y: 0, width: 1920, height: 1080 });
const BOTH = { displays: [LAPTOP_SCREEN, PROJECTOR], primaryId: LAPTOP_SCREEN.id };

describe('windows on displays', () => {
  it('with a projector, shows the audience fullscreen on it and the presenter view on the laptop', async () => {
    const { audience, presenterWindows } = await readyHost(BOTH);
    expect(audience.options).toMatchObject({ ...PROJECTOR.bounds, fullscreen: true });
    const [presenter] = presenterWindows();
    expect(presenter?.options).toMatchObject({ ...LAPTOP_SCREEN.workArea, fullscreen: false, resizable: true });
    expect(presenter?.options?.webPreferences).toStrictEqual(secureWebPreferences('/app/dist/electron/preload.cjs', false));
  });

  it('with one display, opens no presenter view until asked, then a normal window over the show', async () => {
    const { ipcMain, audience, presenterWindows } = await readyHost();
    expect(presenterWindows()).toEqual([]);
    ipcMain.send(audience.webContents.mainFrame, IPC.openPresenter);
    const [presenter] = presenterWindows();
    expect(presenter?.options).toMatchObject({ x: 170, y: 70, width: 1100, height: 720, fullscreen: false, resizable: true });
    expect(presenter?.loadedUrl).toBe('app://yeondae/index.html?view=presenter');
  });

  it('brings an open presenter view forward instead of opening another', async () => {
    const { ipcMain, audience, presenterWindows } = await readyHost(BOTH);
    const [presenter] = presenterWindows();
    if (presenter === undefined) throw new Error('no presenter view');
    presenter.minimized = true;
    ipcMain.send(audience.webContents.mainFrame, IPC.openPresenter);
    expect(presenterWindows()).toEqual([presenter]);
    expect([presenter.minimized, presenter.focused]).toEqual([false, true]);
  });

  it('runs one show in every window: a command from the presenter view reaches the audience', async () => {
    const { ipcMain, audience, presenterWindows, show } = await readyHost(BOTH);
    const [presenter] = presenterWindows();
    if (presenter === undefined) throw new Error('no presenter view');
    ipcMain.send(presenter.webContents.mainFrame, IPC.command, { type: 'next' });
    expect(show.store.getSnapshot().state.frame).toBe(1);
    for (const window of [audience, presenter]) {
      expect(window.webContents.sent.filter((message) => message.channel === IPC.snapshot).at(-1)?.args).toEqual([show.store.getSnapshot()]);
    }
  });

  it('moves the show to a projector plugged in after launch, once the displays have settled for a second', async () => {
    const { screen, ipcMain, audience, audienceWindows, presenterWindows, app, show } = await readyHost();
    show.store.dispatch({ type: 'next' });
    screen.plugIn(PROJECTOR);
    await vi.advanceTimersByTimeAsync(900);
    expect(audienceWindows()).toEqual([audience]);
    await vi.advanceTimersByTimeAsync(100);
    // The new window is open before the old one goes, which Electron closes in a later task.
    expect(audienceWindows().map((window) => [window.options?.x, window.closing])).toEqual([
      [LAPTOP_SCREEN.bounds.x, true],
      [PROJECTOR.bounds.x, false],
    ]);
    await vi.advanceTimersByTimeAsync(1);
    const [moved] = audienceWindows();
    expect(moved?.options).toMatchObject({ ...PROJECTOR.bounds, fullscreen: true });
    expect(audience.destroyed).toBe(true);
    expect(presenterWindows()[0]?.options).toMatchObject(LAPTOP_SCREEN.workArea);
    expect(app.calls).not.toContain('quit');
    // The new window joins the same show, on the same frame.
    const snapshot = (await ipcMain.invoke(moved?.webContents.mainFrame ?? null, IPC.getSnapshot)) as ShowSnapshot;
    expect(snapshot.state.frame).toBe(1);
  });

  it('moves the show back to the laptop when the projector is unplugged, and leaves the presenter window be', async () => {
    const { screen, audienceWindows, presenterWindows } = await readyHost(BOTH);
    const [presenter] = presenterWindows();
    screen.unplug(PROJECTOR);
    await vi.advanceTimersByTimeAsync(1001);
    expect(audienceWindows().map((window) => window.options)).toMatchObject([{ ...LAPTOP_SCREEN.bounds, fullscreen: true }]);
    expect(presenterWindows()).toEqual([presenter]);
  });

  it('moves the windows once for a burst of display events', async () => {
    const { screen, created } = await readyHost();
    screen.plugIn(PROJECTOR);
    for (let step = 0; step < 5; step += 1) {
      await vi.advanceTimersByTimeAsync(300);
      screen.emit('display-metrics-changed', {}, PROJECTOR, ['workArea']);
    }
    expect(created).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(created).toHaveLength(3);
  });

  it('logs where the windows go once per change, not for every event that changes nothing', async () => {
    const { screen, log } = await readyHost(BOTH);
    for (let event = 0; event < 3; event += 1) {
      screen.emit('display-metrics-changed', {}, LAPTOP_SCREEN, ['workArea']);
      await vi.advanceTimersByTimeAsync(1000);
    }
    screen.unplug(PROJECTOR);
    await vi.advanceTimersByTimeAsync(1000);
    expect(log.lines.filter((line) => line.startsWith('info: displays:'))).toEqual([
      'info: displays: audience on 2 "EPSON PJ"; presenter on 1 "Built-in Retina Display"',
      'info: displays: audience on 1 "Built-in Retina Display"; presenter on none',
    ]);
  });

  it('does not reopen a presenter view a person closed when displays change; S does', async () => {
    const { screen, ipcMain, audienceWindows, presenterWindows } = await readyHost(BOTH);
    presenterWindows()[0]?.close();
    screen.plugIn(TV);
    await vi.advanceTimersByTimeAsync(1000);
    expect(presenterWindows()).toEqual([]);
    ipcMain.send(audienceWindows()[0]?.webContents.mainFrame ?? null, IPC.openPresenter);
    expect(presenterWindows()).toHaveLength(1);
  });

  it('puts the audience on the display --display names, and moves the presenter off it', async () => {
    const { audience, presenterWindows } = await readyHost({ ...BOTH, argv: ['--display', 'retina'] });
    expect(audience.options).toMatchObject(LAPTOP_SCREEN.bounds);
    expect(presenterWindows()[0]?.options).toMatchObject(PROJECTOR.workArea);
  });

  it('lists a display setting that matches nothing as a problem until that display is plugged in', async () => {
    const { screen, show, audienceWindows } = await readyHost({ argv: ['--display', 'LG'] });
    expect(show.problems.list()).toContain('display: no display is named like "LG" (connected: "Built-in Retina Display"); showing on display 1 "Built-in Retina Display"');
    screen.plugIn(TV);
    await vi.advanceTimersByTimeAsync(1001);
    expect(audienceWindows()[0]?.options).toMatchObject(TV.bounds);
    expect(show.problems.list().filter((line) => line.startsWith('display:'))).toEqual([]);
  });

  it('with mirror, shows the audience view on every display and no presenter view', async () => {
    const { audienceWindows, presenterWindows } = await readyHost({ ...BOTH, argv: ['--mirror'] });
    expect(audienceWindows().map((window) => window.options?.x)).toEqual([PROJECTOR.bounds.x, LAPTOP_SCREEN.bounds.x]);
    expect(presenterWindows()).toEqual([]);
  });

  it('on macOS, with mirror, takes every audience window fullscreen, one after another', async () => {
    const { audienceWindows } = await readyHost({ ...BOTH, platform: 'darwin', argv: ['--mirror'] });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(audienceWindows().map((window) => [window.options?.x, window.isFullScreen()])).toEqual([
      [PROJECTOR.bounds.x, true],
      [LAPTOP_SCREEN.bounds.x, true],
    ]);
  });

  it('with --windowed, opens a normal 720p window for rehearsal, running the same show', async () => {
    const { audience } = await readyHost({ argv: ['--windowed'] });
    expect(audience.options).toMatchObject({ x: 80, y: 70, width: 1280, height: 720, fullscreen: false, resizable: true });
  });
});
