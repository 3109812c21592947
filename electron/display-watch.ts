import type { DisplayInfo, Rect } from '../common/host/display-plan';

/** A display as Electron's `screen` gives it. */
export interface DisplayLike {
  readonly id: number;
  readonly label: string;
  readonly bounds: Rect;
  readonly workArea: Rect;
  readonly internal: boolean;
}

/** The subset of Electron's `screen` the host uses (only after the app is ready). */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  on(event: 'display-added' | 'display-removed', listener: (event: unknown, display: DisplayLike) => void): unknown;
  on(event: 'display-metrics-changed', listener: (event: unknown, display: DisplayLike, changedMetrics: string[]) => void): unknown;
}

/** The displays connected now, with the primary marked, as the display plan wants them. */
export function currentDisplays(screen: Pick<ScreenLike, 'getAllDisplays' | 'getPrimaryDisplay'>): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map(({ id, label, bounds, workArea, internal }) => ({ id, label, bounds, workArea, internal, primary: id === primary }));
}

/** How long the displays must stay put before the show follows them. */
export const DISPLAY_SETTLE_MS = 1000;

/**
 * Calls `onChange` with the displays once they have settled after a display is added,
 * removed or changed. Plugging in a projector fires several events within a second
 * (added, then the desktop rearranging its metrics), and the windows should move once.
 *
 * @returns the function that stops watching
 */
export function watchDisplays(screen: ScreenLike, onChange: (displays: DisplayInfo[]) => void, settleMs = DISPLAY_SETTLE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const changed = (): void => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped) onChange(currentDisplays(screen));
    }, settleMs);
  };
  screen.on('display-added', changed);
  screen.on('display-removed', changed);
  screen.on('display-metrics-changed', changed);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
