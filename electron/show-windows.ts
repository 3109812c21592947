import type { DisplayInfo, DisplayPlan } from '../common/host/display-plan';
import { audienceBounds, presenterBounds } from '../common/host/window-bounds';
import type { Logger } from '../node/logger';
import { createFullscreenQueue } from './fullscreen-queue';
import type { ShowWindow, ShowWindowRequest } from './show-window';

export interface ShowWindowsDeps<W extends ShowWindow> {
  /** Opens a window and makes it one of the show's (known for IPC, watched, exit keys). */
  readonly open: (request: ShowWindowRequest) => W;
  /** Rehearsal: audience windows are normal windows. */
  readonly windowed: boolean;
  /** macOS: one window at a time may change to fullscreen (`fullscreen-queue.ts`). */
  readonly fullscreenOneAtATime: boolean;
  /** A person closed the audience window (not the host moving it): the show is over. */
  readonly onAudienceClosed: () => void;
  readonly log: Logger;
}

/** The show's windows, one owner for where each of them is. */
export interface ShowWindows<W extends ShowWindow> {
  /** Puts every window where `plan` says: opens, moves and closes windows as needed. */
  place(plan: DisplayPlan): void;
  /** Opens the presenter view (on a display of its own when there is one), or brings it forward. */
  openPresenter(): void;
  /** Brings the show's windows to the front, e.g. when the app is launched a second time. */
  bringForward(): void;
  /** The open windows, audience first. */
  list(): W[];
}

interface Placed<W> {
  readonly window: W;
  /** The display it was put on; `undefined` for a presenter sharing the audience's display. */
  displayId: number | undefined;
}

/**
 * Keeps one audience window on the plan's audience display, one more on each mirror
 * display, and the presenter view on its own display when there is one. An audience
 * window that must change display is replaced rather than moved: moving a fullscreen
 * window is unreliable (X11 window managers ignore new bounds while it is fullscreen,
 * macOS animates out of fullscreen first), and since the show lives in main, the new
 * window comes up on the same frame. The new window opens before the old one closes,
 * so the app never has no window (which would end it).
 */
export function createShowWindows<W extends ShowWindow>(deps: ShowWindowsDeps<W>): ShowWindows<W> {
  let audience: Placed<W> | undefined;
  const mirrors = new Map<number, W>();
  let presenter: Placed<W> | undefined;
  // Once a person closes the presenter view, display changes do not bring it back; S does.
  let presenterDismissed = false;
  let latestPlan: DisplayPlan | undefined;
  const closingOurselves = new WeakSet<W>();
  // On macOS a fullscreen window is opened windowed and then taken fullscreen, and an old
  // one closed, each after the change before it, so the room sees the new window fullscreen
  // before the old goes. Elsewhere a window is created fullscreen and closed at once.
  const queue = deps.fullscreenOneAtATime && !deps.windowed ? createFullscreenQueue<W>(deps.log, () => 'audience') : undefined;

  const retire = (window: W): void => {
    closingOurselves.add(window);
    if (window.isDestroyed()) return;
    if (queue === undefined) window.close();
    else queue.close(window);
  };
  const openAudience = (display: DisplayInfo): W => {
    const window = deps.open({ role: 'audience', bounds: audienceBounds(display, deps.windowed), fullscreen: !deps.windowed && queue === undefined });
    queue?.enter(window);
    window.on('closed', () => {
      if (closingOurselves.has(window)) return;
      if (audience?.window === window) deps.onAudienceClosed();
      for (const [id, mirror] of mirrors) if (mirror === window) mirrors.delete(id);
    });
    return window;
  };
  const openPresenterOn = (display: DisplayInfo, own: boolean): void => {
    const window = deps.open({ role: 'presenter', bounds: presenterBounds(display, own), fullscreen: false });
    const placed: Placed<W> = { window, displayId: own ? display.id : undefined };
    presenter = placed;
    window.on('closed', () => {
      if (presenter !== placed) return;
      presenter = undefined;
      presenterDismissed = true;
      deps.log.info('the presenter view was closed; S opens it again');
    });
  };
  const alive = (placed: Placed<W> | undefined): placed is Placed<W> => placed !== undefined && !placed.window.isDestroyed();
  const list = (): W[] =>
    [audience?.window, ...mirrors.values(), presenter?.window].filter((window): window is W => window !== undefined && !window.isDestroyed());

  return {
    place(plan) {
      latestPlan = plan;
      if (!alive(audience) || audience.displayId !== plan.audience.id) {
        const old = audience;
        audience = { window: openAudience(plan.audience), displayId: plan.audience.id };
        if (old !== undefined) retire(old.window);
      }
      const wanted = new Set(plan.mirrors.map((display) => display.id));
      for (const display of plan.mirrors) if (!mirrors.has(display.id)) mirrors.set(display.id, openAudience(display));
      for (const [id, window] of mirrors) {
        if (wanted.has(id)) continue;
        mirrors.delete(id);
        retire(window);
      }
      if (plan.presenter === undefined) return;
      if (!alive(presenter)) {
        if (!presenterDismissed) openPresenterOn(plan.presenter, true);
      } else if (presenter.displayId !== plan.presenter.id) {
        // A normal window moves reliably, and keeps its page: no need to replace it.
        presenter.window.setBounds(presenterBounds(plan.presenter, true));
        presenter.displayId = plan.presenter.id;
      }
    },
    openPresenter() {
      presenterDismissed = false;
      if (alive(presenter)) {
        if (presenter.window.isMinimized()) presenter.window.restore();
        presenter.window.focus();
        return;
      }
      if (latestPlan === undefined) {
        deps.log.warn('cannot open the presenter view: there is no display');
        return;
      }
      if (latestPlan.presenter !== undefined) openPresenterOn(latestPlan.presenter, true);
      else openPresenterOn(latestPlan.audience, false);
    },
    bringForward() {
      for (const window of list()) {
        if (window.isMinimized()) window.restore();
        window.focus();
      }
    },
    list,
  };
}
