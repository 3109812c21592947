import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planDisplays } from '../../common/host/display-plan';
import { showWindowOptions, type ShowWindowRequest } from '../../electron/show-window';
import { createShowWindows } from '../../electron/show-windows';
import { displayInfo, fakeDisplay, FakeWindow, FakeWindowList, LAPTOP_SCREEN, PROJECTOR } from './support/fake-electron';
import { recordingLogger } from '../support/recording-logger';

const TV = fakeDisplay(3, 'LG TV', { x: 3360, y: 0, width: 1920, height: 1080 });
const laptop = displayInfo(LAPTOP_SCREEN, true);
const projector = displayInfo(PROJECTOR);
const tv = displayInfo(TV);

/** The window set, with a journal of every open and close in order. */
function windowSet({ windowed = false, platform = 'linux' } = {}) {
  const journal: string[] = [];
  const opened: { request: ShowWindowRequest; window: FakeWindow }[] = [];
  const endings: string[] = [];
  // One process: on macOS its windows share one fullscreen transition at a time.
  const list = new FakeWindowList();
  const windows = createShowWindows<FakeWindow>({
    windowed,
    fullscreenOneAtATime: platform === 'darwin',
    log: recordingLogger(),
    open(request) {
      const window = new FakeWindow({ ...showWindowOptions(request, '/app/preload.cjs', true) }, { platform, list });
      const name = `${request.role}@${request.bounds.x}`;
      journal.push(`open ${name}`);
      window.on('enter-full-screen', () => journal.push(`fullscreen ${name}`));
      window.on('closed', () => journal.push(`close ${name}`));
      opened.push({ request, window });
      return window;
    },
    onAudienceClosed: () => endings.push('the show is over'),
  });
  return { windows, journal, opened, endings };
}
const plan = (displays: Parameters<typeof planDisplays>[0], display = 'external', mirror = false) => {
  const planned = planDisplays(displays, { display, mirror });
  if (planned === undefined) throw new Error('no plan');
  return planned;
};

/** Lets the tasks Electron would run next run: the closing of windows, say. */
const settle = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(1);
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('show windows', () => {
  it('opens the replacement audience window before closing the old one, so the app is never without a window', async () => {
    const { windows, journal, endings } = windowSet();
    windows.place(plan([laptop]));
    windows.place(plan([laptop, projector]));
    // Electron closes a window in a later task, after `close()` has returned.
    expect(journal).toEqual(['open audience@0', 'open audience@1440', 'open presenter@0']);
    await settle();
    expect(journal).toEqual(['open audience@0', 'open audience@1440', 'open presenter@0', 'close audience@0']);
    expect(endings).toEqual([]);
  });

  it('leaves the windows alone when the plan has not changed', () => {
    const { windows, journal } = windowSet();
    windows.place(plan([laptop, projector]));
    windows.place(plan([laptop, projector]));
    expect(journal).toEqual(['open audience@1440', 'open presenter@0']);
  });

  it('adds and removes mirror windows as displays come and go', async () => {
    const { windows, journal } = windowSet();
    windows.place(plan([laptop, projector], 'Epson', true));
    windows.place(plan([laptop, projector, tv], 'Epson', true));
    windows.place(plan([projector, tv], 'Epson', true));
    await settle();
    expect(journal).toEqual(['open audience@1440', 'open audience@0', 'open audience@3360', 'close audience@0']);
    expect(windows.list()).toHaveLength(2);
  });

  it('moves an open presenter window to its new display rather than replacing it', () => {
    const { windows, opened } = windowSet();
    windows.place(plan([laptop, projector], 'Epson'));
    windows.place(plan([laptop, projector, tv], 'Epson'));
    const presenter = opened.find(({ request }) => request.role === 'presenter')?.window;
    windows.place(plan([laptop, projector, tv], 'primary'));
    expect(opened.filter(({ request }) => request.role === 'presenter')).toHaveLength(1);
    expect(presenter?.bounds).toEqual(projector.workArea);
  });

  it('ends the show when a person closes the audience window, but not when a mirror or the presenter closes', async () => {
    const { windows, opened, endings } = windowSet();
    windows.place(plan([laptop, projector, tv], 'Epson', true));
    opened[1]?.window.close();
    await settle();
    expect(endings).toEqual([]);
    opened[0]?.window.close();
    expect(endings).toEqual([]);
    await settle();
    expect(endings).toEqual(['the show is over']);
  });

  it('opens a new audience window for a plan that comes after a person closed the audience window', async () => {
    const { windows, opened, endings } = windowSet();
    windows.place(plan([laptop]));
    opened[0]?.window.close();
    await settle();
    windows.place(plan([laptop, projector]));
    expect(endings).toEqual(['the show is over']);
    expect(windows.list().map((window) => opened.find((each) => each.window === window)?.request.role)).toEqual(['audience', 'presenter']);
  });

  it('on macOS takes each audience window fullscreen after the one before is, since macOS runs one transition at a time (electron#13077, #34367)', async () => {
    const { windows, journal, opened } = windowSet({ platform: 'darwin' });
    windows.place(plan([laptop, projector, tv], 'Epson', true));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(opened.map(({ window }) => window.isFullScreen())).toEqual([true, true, true]);
    expect(journal).toEqual([
      'open audience@1440',
      'open audience@0',
      'open audience@3360',
      'fullscreen audience@1440',
      'fullscreen audience@0',
      'fullscreen audience@3360',
    ]);
  });

  it('on macOS moves the audience by taking the new window fullscreen first, then closing the old one', async () => {
    const { windows, journal, opened } = windowSet({ platform: 'darwin' });
    windows.place(plan([laptop]));
    await vi.advanceTimersByTimeAsync(10_000);
    windows.place(plan([laptop, projector]));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(journal).toEqual(['open audience@0', 'fullscreen audience@0', 'open audience@1440', 'open presenter@0', 'fullscreen audience@1440', 'close audience@0']);
    expect(opened.find(({ request }) => request.role === 'audience' && request.bounds.x === 1440)?.window.isFullScreen()).toBe(true);
  });

  it('opens rehearsal windows as normal windows', () => {
    const { windows, opened } = windowSet({ windowed: true });
    windows.place(plan([projector]));
    expect(opened[0]?.request).toMatchObject({ fullscreen: false, bounds: { width: 1280, height: 720 } });
  });
});
