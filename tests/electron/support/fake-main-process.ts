// The main process's `process` as Electron leaves it before the app's code runs, and what
// Node does with an error nothing caught and a rejection nothing handled. The sources
// (electron/electron at 96f3996d8d; Node's lib/internal/process/promises.js and
// src/node_errors.cc) are cited in electron/last-resort.ts.
import { EventEmitter } from 'node:events';

/** The box `dialog.showErrorBox` puts over every window. */
export interface ErrorBox {
  readonly title: string;
  readonly content: string;
}

/** Electron's `dialog`, as far as its error box. */
export class FakeDialog {
  readonly errorBoxes: ErrorBox[] = [];
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
}

export class FakeMainProcess extends EventEmitter {
  /** What Node printed to the terminal as warnings. */
  readonly warnings: string[] = [];
  exitCode: number | undefined;
  /** The code the process ended with, if Node ended it. */
  ended: number | undefined;

  constructor(readonly dialog: FakeDialog = new FakeDialog()) {
    super();
    // lib/browser/init.ts: Electron's own listener, first of all. It stands aside once the
    // app has one too; else it shows the error box, a task later (it imports `dialog` first).
    this.on('uncaughtException', (error: Error) => {
      if (this.listenerCount('uncaughtException') > 1) return;
      void Promise.resolve().then(() => {
        const stack = error.stack ? error.stack : `${error.name}: ${error.message}`;
        this.dialog.showErrorBox('A JavaScript error occurred in the main process', `Uncaught Exception:\n${stack}`);
      });
    });
  }

  /**
   * An exception that nothing caught, thrown by a task main ran (an event, a timer): Node
   * hands it to the 'uncaughtException' listeners and main runs on. With no listener Node
   * ends the process (1); a listener that throws ends it too (7, kExceptionInFatalExceptionHandler).
   */
  throwUncaught(error: unknown): void {
    if (this.ended !== undefined) return;
    try {
      if (!this.emit('uncaughtException', error, 'uncaughtException')) this.ended = 1;
    } catch {
      this.ended = 7;
    }
  }

  /**
   * A promise rejected with no handler, once the microtasks of the task that rejected it
   * have run. Under `warn-with-error-code`, the mode Electron sets for main: Node emits
   * 'unhandledRejection'; with no listener it prints a warning and sets `exitCode` to 1,
   * and main runs on. A listener that throws throws into Node's tick processing, which
   * makes that an uncaught exception.
   */
  async rejectUnhandled(reason: unknown): Promise<void> {
    await Promise.resolve();
    if (this.ended !== undefined) return;
    let handled: boolean;
    try {
      handled = this.emit('unhandledRejection', reason, Promise.resolve());
    } catch (error) {
      this.throwUncaught(error);
      return;
    }
    if (handled) return;
    this.warnings.push(`UnhandledPromiseRejectionWarning: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
    this.exitCode = 1;
  }
}
