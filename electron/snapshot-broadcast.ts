import { IPC } from '../common/ipc/contract';
import type { ShowStore } from '../common/show/show-store';
import type { HostWindow, KnownWindows } from './known-windows';

/**
 * Sends every new snapshot to every open window, so all views show the same frame.
 * A window that loads later asks for the current one itself (`IPC.getSnapshot`).
 *
 * @returns the function that stops broadcasting
 */
export function broadcastSnapshots(store: Pick<ShowStore, 'subscribe'>, windows: KnownWindows<HostWindow>): () => void {
  return store.subscribe((snapshot) => {
    for (const window of windows.list()) window.webContents.send(IPC.snapshot, snapshot);
  });
}
