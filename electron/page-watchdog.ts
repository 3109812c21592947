import type { HeartbeatContents, Heartbeats } from './heartbeat';
import type { Logger } from '../node/logger';

/** The events and methods of a window's `WebContents` that tell whether its page is alive. */
export interface WatchedContents extends HeartbeatContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { readonly reason: string; readonly exitCode: number }) => void): unknown;
  /** Electron's docs: `preload-error` gives the event, the preload's path and the error it threw. */
  on(event: 'preload-error', listener: (event: unknown, preloadPath: string, error: Error) => void): unknown;
  on(event: 'unresponsive' | 'responsive' | 'did-start-loading', listener: () => void): unknown;
  isDevToolsOpened(): boolean;
  isCrashed(): boolean;
  reload(): void;
  forcefullyCrashRenderer(): void;
}

export interface WatchdogTiming {
  /** How often main asks the page for a sign of life. */
  readonly heartbeatMs: number;
  /** How long without an answer before the page counts as hung. */
  readonly hangAfterMs: number;
  /** How long Chromium's own "unresponsive" may last before the page counts as hung. */
  readonly unresponsiveGraceMs: number;
  /** How long a hung page told to crash may take to report it gone before it is reloaded anyway. */
  readonly crashReportMs: number;
}

export const DEFAULT_WATCHDOG_TIMING: WatchdogTiming = { heartbeatMs: 5000, hangAfterMs: 20_000, unresponsiveGraceMs: 10_000, crashReportMs: 5000 };

/** What the watchdog reports; the recovery decides what to do. */
export interface PageEvents {
  gone(reason: string): void;
  hung(why: string): void;
}

export interface WatchdogDeps {
  readonly heartbeats: Heartbeats;
  readonly log: Logger;
  readonly timing: WatchdogTiming;
}

/** A page being watched. */
export interface PageWatch {
  /** The page was just reloaded: it gets a full `hangAfterMs` to answer before it counts as hung. */
  reloaded(): void;
  stop(): void;
}

/**
 * Watches one page. A crashed or killed renderer reports `render-process-gone`. A hung
 * one reports nothing by itself, and Chromium's `unresponsive` only comes when input
 * goes unanswered, which an unattended kiosk never gets; so main also sends the page a
 * heartbeat every few seconds (`heartbeat.ts`), which its preload answers only while the
 * page's main thread runs. A page being debugged is left alone, and so is one whose
 * preload failed: it cannot answer, and reloading it would fail the same way.
 *
 */
export function watchPage(contents: WatchedContents, name: string, events: PageEvents, { heartbeats, log, timing }: WatchdogDeps): PageWatch {
  let lastSign = Date.now();
  let preloadFailed = false;
  let unresponsiveTimer: ReturnType<typeof setTimeout> | undefined;
  const alive = (): void => {
    lastSign = Date.now();
  };
  const forgetUnresponsive = (): void => {
    if (unresponsiveTimer !== undefined) clearTimeout(unresponsiveTimer);
    unresponsiveTimer = undefined;
  };
  const restart = (): void => {
    alive();
    forgetUnresponsive();
  };

  // Whether `render-process-gone` has come since the page last loaded. Chromium knows a
  // renderer is dead (`isCrashed()`) a task before Electron says so: it posts the event
  // (WebContents::PrimaryMainFrameRenderProcessGone, electron_api_web_contents.cc at
  // 96f3996d8d, since electron/electron#51900). A hang found in between is that death, which
  // the event is about to report: reporting it as a hang too would count it twice.
  let goneReported = false;
  // Electron posts the event with a weak pointer to the contents: it never comes once they
  // are destroyed, so it needs no check for that.
  contents.on('render-process-gone', (_event, details) => {
    goneReported = true;
    // Electron lists `clean-exit` (exit code 0) among the normal reasons
    // (docs/api/structures/render-process-gone-details.md): no failure to count. Should the
    // page be left blank by it, it stops answering the heartbeat, and that is counted.
    if (details.reason === 'clean-exit') {
      log.info(`the ${name} page's process ended normally (clean-exit)`);
      return;
    }
    restart();
    events.gone(`${details.reason}, exit code ${details.exitCode}`);
  });
  contents.on('did-start-loading', () => {
    alive();
    preloadFailed = false;
    goneReported = false;
  });
  contents.on('preload-error', (_event, preloadPath, error) => {
    preloadFailed = true;
    log.warn(`the ${name} page's preload (${preloadPath}) failed: ${error.message}. It cannot answer main, so it is not watched for hangs until it loads again`);
  });
  contents.on('unresponsive', () => {
    log.warn(`the ${name} page is not responding`);
    unresponsiveTimer ??= setTimeout(() => {
      // A window closed meanwhile, before the next heartbeat could see it, is no failure.
      if (contents.isDestroyed()) {
        stop();
        return;
      }
      restart();
      events.hung(`it has not responded for ${timing.unresponsiveGraceMs / 1000} s`);
    }, timing.unresponsiveGraceMs);
  });
  contents.on('responsive', () => {
    if (unresponsiveTimer === undefined) return;
    log.info(`the ${name} page responds again`);
    forgetUnresponsive();
  });

  const heartbeat = heartbeats.track(contents, alive);
  const beat = setInterval(() => {
    if (contents.isDestroyed()) {
      stop();
      return;
    }
    // Paused at a breakpoint is not hung.
    if (contents.isDevToolsOpened() || preloadFailed) alive();
    if (Date.now() - lastSign >= timing.hangAfterMs) {
      if (contents.isCrashed() && !goneReported) return;
      restart();
      events.hung(`it has not answered main for ${timing.hangAfterMs / 1000} s`);
      return;
    }
    heartbeat.ping();
  }, timing.heartbeatMs);
  const stop = (): void => {
    clearInterval(beat);
    forgetUnresponsive();
    heartbeat.stop();
  };
  return { reloaded: alive, stop };
}
