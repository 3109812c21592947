import { IPC, type YeondaeApi } from '../common/ipc/contract';
import type { NetworkInfo } from '../common/network/protocol';
import type { ShowSnapshot } from '../common/show/show-store';

/** The subset of Electron's `ipcRenderer` the preload uses. */
export interface IpcRendererLike {
  send(channel: string, ...args: unknown[]): void;
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** The subset of Electron's `contextBridge` the preload uses. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

/** The name the page finds the API under: `window.yeondae`. */
export const API_KEY = 'yeondae';

/**
 * The page's whole reach into main: one named function per contract channel, each
 * bound to its channel. The page can never name a channel itself, and never sees an
 * IPC event (which would hand it `sender`, i.e. `ipcRenderer`).
 */
export function createYeondaeApi(ipcRenderer: IpcRendererLike): YeondaeApi {
  // Main is the only sender on these channels, and what it sends is their type by construction.
  const listen =
    <T>(channel: string) =>
    (listener: (value: T) => void): (() => void) => {
      const forward = (_event: unknown, value: unknown): void => listener(value as T);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    };
  return {
    show: {
      send: (command) => ipcRenderer.send(IPC.command, command),
      // Main is the one owner of the show; what it answers is a snapshot by construction.
      getSnapshot: () => ipcRenderer.invoke(IPC.getSnapshot) as Promise<ShowSnapshot>,
      onSnapshot: listen<ShowSnapshot>(IPC.snapshot),
    },
    window: {
      toggleFullscreen: () => ipcRenderer.send(IPC.toggleFullscreen),
      openPresenter: () => ipcRenderer.send(IPC.openPresenter),
    },
    host: {
      getProblems: () => ipcRenderer.invoke(IPC.getHostProblems) as Promise<readonly string[]>,
      onProblems: listen<readonly string[]>(IPC.hostProblems),
    },
    network: {
      get: () => ipcRenderer.invoke(IPC.getNetwork) as Promise<NetworkInfo | null>,
      onChange: listen<NetworkInfo>(IPC.network),
      replaceToken: (capability) => ipcRenderer.send(IPC.replaceToken, capability),
      chooseAddress: (address) => ipcRenderer.send(IPC.chooseAddress, address),
    },
  };
}

/** Gives the page `window.yeondae`. With context isolation, the bridge copies the functions into the page's world. */
export function exposeYeondaeApi(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike): void {
  contextBridge.exposeInMainWorld(API_KEY, createYeondaeApi(ipcRenderer));
}
