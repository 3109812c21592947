import type { Logger } from '../node/logger';
import type { WatchedContents } from './page-watchdog';

/** Hung pages being restarted: crashed first, reloaded once their process is gone. */
export interface PageRestarts {
  /** Restarts a hung page in a new process. */
  restart(contents: WatchedContents, name: string): void;
  /**
   * Called for every `render-process-gone`: when the page is one being restarted, reloads it
   * (the process is gone now, so the reload gets a new one) and returns true, since that
   * ending is not a new failure.
   */
  finish(contents: WatchedContents, name: string, reason: string): boolean;
  stop(): void;
}

/**
 * A hung renderer cannot reload itself, so it is crashed first. But on Linux
 * `forcefullyCrashRenderer()` only asks the renderer to crash itself
 * (shell/browser/api/electron_api_web_contents.cc), and since Electron 44
 * `render-process-gone` comes in a task of its own (electron/electron#51900): a `reload()`
 * straight after the crash can land in the dying process and leave the page dead
 * (electron/electron#48661). So the reload waits for `render-process-gone`, and for a crash
 * that never reports (no renderer to crash, say), it happens after `crashReportMs` anyway.
 * `reload` is how the caller reloads a page.
 */
export function createPageRestarts(reload: (contents: WatchedContents) => void, log: Logger, crashReportMs: number): PageRestarts {
  const pending = new Map<WatchedContents, ReturnType<typeof setTimeout>>();
  return {
    // Called for a page the watchdog has just found hung: its contents are not destroyed.
    restart(contents, name) {
      if (pending.has(contents)) return;
      // Already dead, and Electron has said so: a reload starts a new process, with nothing
      // to wait for. (The watchdog finds no hang in a death Electron has still to report.)
      if (contents.isCrashed()) {
        reload(contents);
        return;
      }
      const fallback = setTimeout(() => {
        pending.delete(contents);
        // Its window closed meanwhile: nothing to bring back (and a destroyed contents throws).
        if (contents.isDestroyed()) return;
        log.warn(`the hung ${name} page did not report its end within ${crashReportMs / 1000} s: reloading it anyway`);
        reload(contents);
      }, crashReportMs);
      pending.set(contents, fallback);
      contents.forcefullyCrashRenderer();
    },
    finish(contents, name, reason) {
      const fallback = pending.get(contents);
      if (fallback === undefined) return false;
      clearTimeout(fallback);
      pending.delete(contents);
      log.info(`the hung ${name} page was stopped (${reason}): reloading it in a new process`);
      reload(contents);
      return true;
    },
    stop() {
      for (const fallback of pending.values()) clearTimeout(fallback);
      pending.clear();
    },
  };
}
