import type { ShowSnapshot } from '../../common/show/show-store';

/** Where snapshots come from: a show connection, or anything with its two methods. */
export interface SnapshotSource {
  getSnapshot(): ShowSnapshot | undefined;
  subscribe(listener: () => void): () => void;
}

const moved = (before: ShowSnapshot, after: ShowSnapshot): boolean => before.state.frame !== after.state.frame || before.state.langTurn !== after.state.langTurn;

/**
 * Whether `after` differs from `before` only in where the show is (its frame or language
 * turn, and the times that go with a move): the same deck and settings, the screen black
 * or not alike, the loop and the announcement as they were.
 */
export function onlyMoves(before: ShowSnapshot, after: ShowSnapshot): boolean {
  const [was, is] = [before.state, after.state];
  return (
    moved(before, after) &&
    before.deck === after.deck &&
    (before.settings === after.settings || JSON.stringify(before.settings) === JSON.stringify(after.settings)) &&
    was.blank === is.blank &&
    was.loop === is.loop &&
    was.startedAt === is.startedAt &&
    was.announcement?.startedAt === is.announcement?.startedAt
  );
}

/**
 * The snapshots of `source` as one screen shows them: a move of the show comes at once
 * when the last move came at least `gapMs` before; quicker moves (a clicker held down, a
 * run of presses) come `gapMs` apart, each time the latest snapshot there is, so the
 * screen lands on the slide the presses end on at most `gapMs` after the last of them.
 * Anything else (black, an announcement, an edit, the loop) comes at once, with the place
 * the show is at. The show itself moves with every press: only this screen is paced, and
 * the moves it passes over cost it nothing (no render, no layout).
 */
export function pacedSnapshots(source: SnapshotSource, gapMs: number, now: () => number = () => performance.now()): SnapshotSource {
  let shown = source.getSnapshot();
  let movedAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopSource: (() => void) | undefined;
  const listeners = new Set<() => void>();
  const show = (latest: ShowSnapshot | undefined): void => {
    clearTimeout(timer);
    timer = undefined;
    if (latest === shown) return;
    if (shown === undefined || latest === undefined || moved(shown, latest)) movedAt = now();
    shown = latest;
    for (const listener of [...listeners]) listener();
  };
  const onChange = (): void => {
    const latest = source.getSnapshot();
    // Never longer than the gap, whatever the clock did since the last move.
    const wait = shown !== undefined && latest !== undefined && onlyMoves(shown, latest) ? Math.min(gapMs, movedAt + gapMs - now()) : 0;
    if (wait <= 0) show(latest);
    else timer ??= setTimeout(() => show(source.getSnapshot()), wait);
  };
  return {
    getSnapshot: () => shown,
    subscribe(listener) {
      listeners.add(listener);
      if (stopSource === undefined) {
        stopSource = source.subscribe(onChange);
        // What changed while nothing listened comes at once.
        show(source.getSnapshot());
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || stopSource === undefined) return;
        stopSource();
        stopSource = undefined;
        clearTimeout(timer);
        timer = undefined;
      };
    },
  };
}
