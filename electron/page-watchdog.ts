import type { Logger } from './logger';

/** The events and methods of a window's `WebContents` that tell whether its page is alive. */
export interface WatchedContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { readonly reason: string; readonly exitCode: number }) => void): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  executeJavaScript(code: string): Promise<unknown>;
  isDevToolsOpened(): boolean;
  isDestroyed(): boolean;
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
}

export const DEFAULT_WATCHDOG_TIMING: WatchdogTiming = { heartbeatMs: 5000, hangAfterMs: 20_000, unresponsiveGraceMs: 10_000 };

/** What the watchdog reports; the recovery decides what to do. */
export interface PageEvents {
  gone(reason: string): void;
  hung(why: string): void;
}

/**
 * Watches one page. A crashed or killed renderer reports `render-process-gone`. A hung
 * one reports nothing by itself, and Chromium's `unresponsive` only comes when input
 * goes unanswered, which an unattended kiosk never gets; so main also pings the page
 * every few seconds by evaluating `0` in it (no renderer code, no IPC channel), which
 * only answers while the page's main thread runs. A page being debugged is left alone.
 *
 * @returns the function that stops watching
 */
export function watchPage(contents: WatchedContents, name: string, events: PageEvents, log: Logger, timing: WatchdogTiming = DEFAULT_WATCHDOG_TIMING): () => void {
  let lastAnswer = Date.now();
  let pinging = false;
  let unresponsiveTimer: ReturnType<typeof setTimeout> | undefined;
  const restart = (): void => {
    lastAnswer = Date.now();
    pinging = false;
    if (unresponsiveTimer !== undefined) clearTimeout(unresponsiveTimer);
    unresponsiveTimer = undefined;
  };

  contents.on('render-process-gone', (_event, details) => {
    // Electron lists `clean-exit` (exit code 0) among the normal reasons
    // (docs/api/structures/render-process-gone-details.md): no failure to count. Should the
    // page be left blank by it, it stops answering the heartbeat, and that is counted.
    if (contents.isDestroyed()) return;
    if (details.reason === 'clean-exit') {
      log.info(`the ${name} page's process ended normally (clean-exit)`);
      return;
    }
    restart();
    events.gone(`${details.reason}, exit code ${details.exitCode}`);
  });
  contents.on('unresponsive', () => {
    log.warn(`the ${name} page is not responding`);
    unresponsiveTimer ??= setTimeout(() => {
      restart();
      events.hung(`it has not responded for ${timing.unresponsiveGraceMs / 1000} s`);
    }, timing.unresponsiveGraceMs);
  });
  contents.on('responsive', () => {
    if (unresponsiveTimer === undefined) return;
    log.info(`the ${name} page responds again`);
    clearTimeout(unresponsiveTimer);
    unresponsiveTimer = undefined;
  });

  const heartbeat = setInterval(() => {
    if (contents.isDestroyed()) {
      stop();
      return;
    }
    // Paused at a breakpoint is not hung.
    if (contents.isDevToolsOpened()) lastAnswer = Date.now();
    if (Date.now() - lastAnswer >= timing.hangAfterMs) {
      restart();
      events.hung(`it has not answered main for ${timing.hangAfterMs / 1000} s`);
      return;
    }
    if (pinging) return;
    pinging = true;
    // A page that is reloading or gone rejects; that is not an answer, and not a hang either (yet).
    contents.executeJavaScript('0').then(
      () => {
        lastAnswer = Date.now();
        pinging = false;
      },
      () => {
        pinging = false;
      },
    );
  }, timing.heartbeatMs);
  const stop = (): void => {
    clearInterval(heartbeat);
    if (unresponsiveTimer !== undefined) clearTimeout(unresponsiveTimer);
  };
  return stop;
}
