import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';
import { createShowStore, type ShowStore } from '../../common/show/show-store';
import { pacedSnapshots, type SnapshotSource } from '../../renderer/show/paced-snapshots';
import { loadProjectContent } from '../support/project-content';

const GAP_MS = 450;
/** The statement: 54 frames, more than any run of presses below. */
const { deck } = loadProjectContent();

/** A show, and what one paced screen of it has drawn: the frame of every snapshot it was told of, in order. */
function screenOf(): { store: ShowStore; paced: SnapshotSource; drawn: number[]; stop: () => void } {
  const store = createShowStore(deck, { ...DEFAULT_SETTINGS, autoLoop: false });
  const paced = pacedSnapshots(store, GAP_MS, () => Date.now());
  const drawn: number[] = [];
  const stop = paced.subscribe(() => drawn.push(paced.getSnapshot()?.state.frame ?? Number.NaN));
  return { store, paced, drawn, stop };
}

describe('pacedSnapshots: a screen that follows quick presses at the pace of a crossfade', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a single press at once', () => {
    const { store, paced, drawn } = screenOf();
    store.dispatch({ type: 'next' });
    expect(drawn).toEqual([1]);
    expect(paced.getSnapshot()).toBe(store.getSnapshot());
  });

  it('shows a run of quick presses a crossfade apart and lands on the slide they end on', () => {
    const { store, paced, drawn } = screenOf();
    // Ten presses 30 ms apart, as a clicker held down sends them.
    for (let press = 0; press < 10; press += 1) {
      store.dispatch({ type: 'next' });
      vi.advanceTimersByTime(30);
    }
    // The first at once; the next once a crossfade has passed since it, with the show where it is by then.
    expect(drawn).toEqual([1]);
    vi.advanceTimersByTime(GAP_MS - 300);
    expect(drawn).toEqual([1, 10]);
    expect(paced.getSnapshot()).toBe(store.getSnapshot());
    vi.advanceTimersByTime(5 * GAP_MS);
    expect(drawn).toEqual([1, 10]);
  });

  it('changes the slide of a held clicker no more often than once a crossfade, and lands on the slide the presses end on', () => {
    const store = createShowStore(deck, { ...DEFAULT_SETTINGS, autoLoop: false });
    const paced = pacedSnapshots(store, GAP_MS, () => Date.now());
    const changes: { at: number; frame: number }[] = [];
    paced.subscribe(() => {
      const frame = paced.getSnapshot()?.state.frame ?? Number.NaN;
      if (changes.at(-1)?.frame !== frame) changes.push({ at: Date.now(), frame });
    });
    // Twenty presses forward and twenty back, 25 ms apart.
    for (let press = 0; press < 40; press += 1) {
      store.dispatch({ type: press < 20 ? 'next' : 'previous' });
      vi.advanceTimersByTime(25);
    }
    vi.advanceTimersByTime(GAP_MS);
    const gaps = changes.slice(1).map((change, index) => change.at - (changes[index]?.at ?? 0));
    expect(gaps.length).toBeGreaterThan(1);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(GAP_MS);
    expect(changes.at(-1)?.frame).toBe(0);
    expect(paced.getSnapshot()).toBe(store.getSnapshot());
  });

  it('blacks the screen at once in the middle of a run, with the show where it is', () => {
    const { store, paced, drawn } = screenOf();
    store.dispatch({ type: 'next' });
    store.dispatch({ type: 'next' });
    store.dispatch({ type: 'next' });
    expect(drawn).toEqual([1]);
    store.dispatch({ type: 'toggleBlank' });
    expect(paced.getSnapshot()?.state).toMatchObject({ blank: true, frame: 3 });
    expect(drawn).toEqual([1, 3]);
  });

  it('comes back to the show at once when a screen that stopped listening listens again', () => {
    const { store, paced, stop } = screenOf();
    stop();
    store.dispatch({ type: 'next' });
    store.dispatch({ type: 'next' });
    const drawn: number[] = [];
    paced.subscribe(() => drawn.push(paced.getSnapshot()?.state.frame ?? Number.NaN));
    expect(paced.getSnapshot()?.state.frame).toBe(2);
  });

  it('leaves no timer behind when a screen stops listening with a move held back', () => {
    const { store, stop } = screenOf();
    const timersOfTheShow = vi.getTimerCount();
    store.dispatch({ type: 'next' });
    store.dispatch({ type: 'next' });
    expect(vi.getTimerCount()).toBe(timersOfTheShow + 1);
    stop();
    expect(vi.getTimerCount()).toBe(timersOfTheShow);
  });
});
