import type { YeondaeApi } from '../../common/ipc/contract';
import type { NetworkInfo } from '../../common/network/protocol';
import type { ShowConnection } from './show-connection';
import { createSnapshotCell } from './snapshot-cell';

/** A view of the show whose state lives in Electron's main process. */
export function createElectronConnection(api: YeondaeApi): ShowConnection {
  const cell = createSnapshotCell();
  api.show.onSnapshot(cell.set);
  // A window that loads (or reloads after a crash) asks for the current state at once.
  void api.show.getSnapshot().then((first) => {
    if (cell.get() === undefined) cell.set(first);
  });
  return {
    now: () => Date.now(),
    getSnapshot: cell.get,
    subscribe: cell.subscribe,
    send: (command) => api.show.send(command),
    toggleFullscreen: () => api.window.toggleFullscreen(),
    openPresenter: () => api.window.openPresenter(),
    watchProblems(listener) {
      const stop = api.host.onProblems(listener);
      void api.host.getProblems().then(listener);
      return stop;
    },
    watchNetwork(listener) {
      const tell = (info: NetworkInfo | null): void => listener(info === null ? { link: { kind: 'local' } } : { link: { kind: 'local' }, info });
      const stop = api.network.onChange(tell);
      void api.network.get().then(tell);
      return stop;
    },
    replaceToken: (capability) => api.network.replaceToken(capability),
    chooseAddress: (address) => api.network.chooseAddress(address),
  };
}
