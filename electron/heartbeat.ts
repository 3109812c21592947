import { HEARTBEAT } from '../common/ipc/heartbeat';
import type { IpcMainLike } from './ipc-handlers';
import type { FrameLike } from './known-windows';

/** What the heartbeat needs of a window's `WebContents`. */
export interface HeartbeatContents {
  readonly mainFrame: FrameLike;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  /** True from the renderer's death until a reload starts a new one. */
  isCrashed(): boolean;
}

/** One page's heartbeat. */
export interface Heartbeat {
  /** Asks the page for a sign of life; the answer, if any, comes later. */
  ping(): void;
  /** Stops listening for this page. */
  stop(): void;
}

/** The heartbeats of all the app's pages, over one `ipcMain` listener. */
export interface Heartbeats {
  /** Starts listening for `contents`: `answered` runs on each answer from its current main frame. */
  track(contents: HeartbeatContents, answered: () => void): Heartbeat;
}

/**
 * Heartbeats over the preload's IPC (common/ipc/heartbeat.ts). A ping that gets no answer
 * leaves nothing behind: there is one listener for all answers, for the app's lifetime.
 * (`executeJavaScript`, used before, adds a listener per call in Electron's
 * lib/browser/ipc-main-internal-utils.ts, removed only by the page's reply, and a
 * `did-stop-loading` listener while the page loads (lib/browser/api/web-contents.ts): a
 * dead or hung page never replies, so every missed heartbeat leaked.)
 */
export function createHeartbeats(ipcMain: Pick<IpcMainLike, 'on'>): Heartbeats {
  const tracked = new Map<HeartbeatContents, () => void>();
  ipcMain.on(HEARTBEAT.answer, (event) => {
    // Only the current main frame of a watched window counts; an answer from a frame that has
    // since been replaced, or from anything else, says nothing about the window.
    for (const [contents, answered] of tracked) {
      if (!contents.isDestroyed() && contents.mainFrame === event.senderFrame) answered();
    }
  });
  return {
    track(contents, answered) {
      tracked.set(contents, answered);
      return {
        ping() {
          // A dead page cannot answer, and sending to it would print "Error sending from
          // webFrameMain" to stderr every few seconds until it is reloaded: Electron catches
          // what sending to a disposed frame throws and prints it (WebFrameMain.prototype.send,
          // lib/browser/api/web-frame-main.ts at 96f3996d8d). A destroyed contents would throw.
          if (contents.isDestroyed() || contents.isCrashed()) return;
          contents.send(HEARTBEAT.ping);
        },
        stop: () => void tracked.delete(contents),
      };
    },
  };
}
