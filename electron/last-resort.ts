// What happens to an error that nothing in main caught. Read in Electron's source
// (electron/electron at 96f3996d8d, unchanged on the 44-x-y branch at 476f0a0dbc):
// - lib/browser/init.ts (lines 22-38) adds a listener for 'uncaughtException' before the
//   app's code runs. It "does nothing if the user has a custom uncaught exception handler",
//   tested as `process.listenerCount('uncaughtException') > 1`; otherwise it shows
//   `dialog.showErrorBox('A JavaScript error occurred in the main process', ...)`, a modal
//   box over the show until someone at the machine clicks it away.
// - shell/common/node_bindings.cc (SetUpIsolate) never lets an uncaught exception abort
//   the main process: after the listeners, main runs on, in whatever state the error left.
// - shell/browser/electron_browser_main_parts.cc sets Node's `--unhandled-rejections` to
//   `warn-with-error-code` (electron/electron#37464), whatever the command line says: a
//   rejection nobody handles emits 'unhandledRejection', and with no listener only prints
//   an UnhandledPromiseRejectionWarning to the terminal and sets `process.exitCode`
//   (Node's lib/internal/process/promises.js). It never becomes an uncaught exception nor
//   a dialog, but it never reaches the log either, so a kiosk failing that way says nothing.
import { inspect } from 'node:util';
import type { Logger } from '../node/logger';
import { createErrorTally, DEFAULT_ERROR_LIMITS, type ErrorLimits } from './error-tally';

/** The part of Node's `process` the last resort listens to. */
export interface MainProcessEvents {
  on(event: 'uncaughtException', listener: (error: unknown) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/** What an error is, in one line to count it by, and in full for the log. */
function describeError(value: unknown): { readonly kind: string; readonly text: string } {
  try {
    const text = inspect(value, { depth: 3 });
    const kind = value instanceof Error ? `${value.name}: ${value.message}` : text;
    return { kind: kind.split('\n', 1)[0] ?? kind, text };
  } catch {
    // A value whose getters or inspect hook throw.
    return { kind: 'an error that cannot be described', text: 'an error that cannot be described' };
  }
}

/**
 * Takes over from Electron's error dialog: every error that nothing in main caught, and
 * every promise rejection that nothing handled, is logged (at most a line or two a minute
 * per kind of error, `error-tally.ts`) and main runs on, as Electron would let it after
 * the dialog. When errors keep coming, more than `limits.recoverAfter` within a window,
 * `recover` is called once for that window with a sentence saying so; it decides what can
 * be done (the host relaunches the app through the recovery policy). Install it before
 * anything else runs: Electron's listener stands aside only once there is a second one.
 */
export function installLastResort(process: MainProcessEvents, log: Pick<Logger, 'error'>, recover: (why: string) => void, limits: ErrorLimits = DEFAULT_ERROR_LIMITS): void {
  const tally = createErrorTally(log, limits);
  const lastResort = (what: string) => (error: unknown): void => {
    try {
      const { kind, text } = describeError(error);
      if (tally.count(`${what}: ${kind}`, `${what}: ${text}`)) {
        recover(`more than ${limits.recoverAfter} errors in the main process within ${Math.round(limits.windowMs / 1000)} s`);
      }
    } catch {
      // Nothing is left to tell it to: a listener that throws makes Node end the app
      // (exit code 7, kExceptionInFatalExceptionHandler in Node's src/node_errors.cc).
    }
  };
  process.on('uncaughtException', lastResort('uncaught error in the main process'));
  process.on('unhandledRejection', lastResort('unhandled promise rejection in the main process'));
}
