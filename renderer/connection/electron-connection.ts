import type { YeondaeApi } from '../../common/ipc/contract';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from './show-connection';

/** A view of the show whose state lives in Electron's main process. */
export function createElectronConnection(api: YeondaeApi): ShowConnection {
  let snapshot: ShowSnapshot | undefined;
  const listeners = new Set<() => void>();
  const publish = (next: ShowSnapshot): void => {
    snapshot = next;
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
