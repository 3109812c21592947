import { IPC } from '../common/ipc/contract';
import type { ShowStore } from '../common/show/show-store';
import type { HostProblems } from '../server/host-problems';
import type { EmbeddedServer } from './embedded-server';
import type { HostWindow, KnownWindows } from './known-windows';
import { networkForWindow } from './window-network';

type Subscribe<T> = (listener: (value: T) => void) => () => void;

/**
 * Sends every value a source publishes on `channel` to every open window, as `toldTo` has it
 * for that window. A window whose page is dead is skipped: it would not get the value,
 * Electron would print an error to stderr for each (WebFrameMain.prototype.send, lib/browser/api/web-frame-main.ts),
 * and once reloaded the page asks for the current state itself. Returns the function that stops it.
 */
function broadcast<T>(channel: string, subscribe: Subscribe<T>, windows: KnownWindows<HostWindow>, toldTo: (window: HostWindow, value: T) => unknown = (_window, value) => value): () => void {
  return subscribe((value) => {
    for (const window of windows.list()) if (!window.webContents.isCrashed()) window.webContents.send(channel, toldTo(window, value));
  });
}

/**
 * Sends every new snapshot to every open window, so all views show the same frame.
 * A window that loads later asks for the current one itself (`IPC.getSnapshot`).
 */
export function broadcastSnapshots(store: Pick<ShowStore, 'subscribe'>, windows: KnownWindows<HostWindow>): () => void {
  return broadcast(IPC.snapshot, store.subscribe, windows);
}

/**
 * Sends the host's problems to every open window whenever they change, so the presenter
 * view can say what to fix. A window that loads later asks for them (`IPC.getHostProblems`).
 */
export function broadcastHostProblems(problems: Pick<HostProblems, 'subscribe'>, windows: KnownWindows<HostWindow>): () => void {
  return broadcast(IPC.hostProblems, problems.subscribe, windows);
}

/**
 * Sends the show server's addresses and codes, when they change, to the presenter view;
 * an audience window is sent the read-along address alone (its QR code), never a code of
 * the screens or the remote (see `networkForWindow`).
 */
export function broadcastNetwork(network: Pick<EmbeddedServer, 'onChange'>, windows: KnownWindows<HostWindow>): () => void {
  return broadcast(IPC.network, network.onChange, windows, networkForWindow);
}
