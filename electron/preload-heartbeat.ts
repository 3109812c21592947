import { HEARTBEAT } from '../common/ipc/heartbeat';
import type { IpcRendererLike } from './preload-api';

/**
 * Answers main's heartbeat (common/ipc/heartbeat.ts) for the lifetime of this document.
 * It runs in the preload, so it answers even before the page's own script has started, and
 * stops with the page's main thread.
 */
export function answerHeartbeats(ipcRenderer: Pick<IpcRendererLike, 'on' | 'send'>): void {
  ipcRenderer.on(HEARTBEAT.ping, () => ipcRenderer.send(HEARTBEAT.answer));
}
