// The page's side of Electron IPC: the `ipcRenderer` a window's preload gets, wired to
// the fake `ipcMain`, with the delays of a real process boundary.
import { EventEmitter } from 'node:events';
import type { FrameLike } from '../../../electron/known-windows';
import type { IpcRendererLike } from '../../../electron/preload-api';
import { copyAcrossProcesses } from './ipc-copy';

/** A later task: Electron IPC crosses processes, so nothing arrives within the call that sent it. */
export const later = (task: () => void): void => void setTimeout(task, 0);

/** Where a message from the page goes: main's `ipcMain`, as `FakeIpcMain.send` delivers it. */
export interface MainSide {
  send(frame: FrameLike | null, channel: string, ...args: unknown[]): void;
}

/** What a window's preload does with the page's `ipcRenderer` each time a document loads. */
export type FakePreload = (ipcRenderer: IpcRendererLike) => void;

/** One document's `ipcRenderer`: gone with the document, so a reload starts with no listeners. */
export class FakePageIpc extends EventEmitter implements IpcRendererLike {
  constructor(
    private readonly frame: FrameLike,
    private readonly main: MainSide | undefined,
  ) {
    super();
  }
  /** `ipcRenderer.send`: the arguments are copied at once (structured clone), and arrive in main in a later task. */
  send(channel: string, ...args: unknown[]): void {
    const copied = copyAcrossProcesses(args);
    later(() => this.main?.send(this.frame, channel, ...copied));
  }
  invoke(channel: string): Promise<unknown> {
    return Promise.reject(new Error(`the fake page cannot invoke ${channel}`));
  }
  /** What main's `webContents.send(channel, ...args)` looks like from here: an event, then the arguments. */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, {}, ...args);
  }
}
