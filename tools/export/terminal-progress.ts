import { progressText } from './export-text';

/** The progress of an export on a terminal. */
export interface TerminalProgress {
  update(done: number, total: number): void;
  /** Ends the progress line. */
  end(): void;
}

/** How often a terminal's progress line is rewritten. */
const REDRAW_MS = 200;
/** Without a terminal (a log, CI), a line each tenth of the way. */
const LOG_STEPS = 10;

/**
 * Progress on `stream`: one line rewritten in place on a terminal, else a line each tenth
 * of the way, so a log stays short. The time left is from the pace since `update` was
 * first called.
 */
export function terminalProgress(stream: NodeJS.WriteStream, now: () => number = Date.now): TerminalProgress {
  let started: number | undefined;
  let drawnAt = -Infinity;
  let loggedStep = -1;
  let open = false;
  return {
    update(done, total) {
      started ??= now();
      const text = `export: ${progressText(done, total, now() - started)}`;
      if (stream.isTTY) {
        if (now() - drawnAt < REDRAW_MS && done < total) return;
        drawnAt = now();
        stream.write(`\r${text}\u001b[K`);
        open = true;
        return;
      }
      const step = Math.floor((LOG_STEPS * done) / Math.max(1, total));
      if (step > loggedStep) {
        loggedStep = step;
        stream.write(`${text}\n`);
      }
    },
    end() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
