import type { YeondaeApi } from '../../common/ipc/contract';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from './show-connection';

/** A view of the show whose state lives in Electron's main process. */
export function createElectronConnection(api: YeondaeApi): ShowConnection {
  let snapshot: ShowSnapshot | undefined;
  const listeners = new Set<() => void>();
  const publish = (next: ShowSnapshot): void => {
    // Every snapshot crosses IPC as a fresh copy; keep the deck object the same while
    // its content is, so views do not reload fonts or re-fit for an unchanged deck.
    const sameDeck = snapshot !== undefined && JSON.stringify(snapshot.deck) === JSON.stringify(next.deck);
    snapshot = sameDeck && snapshot !== undefined ? { ...next, deck: snapshot.deck } : next;
    for (const listener of [...listeners]) listener();
  };
  api.show.onSnapshot(publish);
  // A window that loads (or reloads after a crash) asks for the current state at once.
  void api.show.getSnapshot().then((first) => {
    if (snapshot === undefined) publish(first);
  });
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (command) => api.show.send(command),
    toggleFullscreen: () => api.window.toggleFullscreen(),
  };
}
