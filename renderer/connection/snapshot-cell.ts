import type { ShowSnapshot } from '../../common/show/show-store';

/** Holds the latest snapshot a view has received and tells the view when it changes. */
export interface SnapshotCell {
  get(): ShowSnapshot | undefined;
  set(next: ShowSnapshot): void;
  subscribe(listener: () => void): () => void;
}

/**
 * Snapshots that cross a process or tab boundary arrive as fresh copies. The cell keeps
 * the deck object the same while its content is, so views do not reload fonts or re-fit
 * an unchanged deck on every slide change.
 */
export function createSnapshotCell(): SnapshotCell {
  let snapshot: ShowSnapshot | undefined;
  let deckJson = '';
  const listeners = new Set<() => void>();
  return {
    get: () => snapshot,
    set(next) {
      if (snapshot !== undefined && next.deck !== snapshot.deck) {
        const json = JSON.stringify(next.deck);
        if (json === deckJson) next = { ...next, deck: snapshot.deck };
        else deckJson = json;
      } else if (snapshot === undefined) {
        deckJson = JSON.stringify(next.deck);
      }
      snapshot = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
