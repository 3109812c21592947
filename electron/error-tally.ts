import type { Logger } from '../node/logger';

/** How much the last resort writes, and when errors are too many. */
export interface ErrorLimits {
  /** Errors are counted over windows this long, from the first error after a quiet one. */
  readonly windowMs: number;
  /** Kinds of error logged in full within a window; errors of further kinds are only counted. */
  readonly kindsPerWindow: number;
  /** More errors than this within a window call for recovery. */
  readonly recoverAfter: number;
}

/**
 * A healthy main process has no error that nothing caught, so a few in a minute are worth
 * a line each and more than ten are a storm (a timer or an event that throws every time).
 */
export const DEFAULT_ERROR_LIMITS: ErrorLimits = { windowMs: 60_000, kindsPerWindow: 10, recoverAfter: 10 };

/** Errors counted per window. */
export interface ErrorTally {
  /**
   * Counts one error of kind `kind`: the first of its kind in a window is logged in full
   * (`text`), the others only counted, and said with their number once the window ends.
   * Returns true for the one error that takes the window past `recoverAfter`.
   */
  count(kind: string, text: string): boolean;
}

const PER_KIND_LIMIT = 200;

/**
 * Keeps an error that repeats from flooding the log: in each window, at most one line per
 * kind of error as it happens and one with its count as the window ends, for at most
 * `kindsPerWindow` kinds (and one line counting the rest), so a thousand errors a second
 * write a few dozen lines a minute. The log file is set aside at 1 MiB; without this, one
 * error in a timer would push out everything the night before had to say.
 */
export function createErrorTally(log: Pick<Logger, 'error'>, limits: ErrorLimits = DEFAULT_ERROR_LIMITS): ErrorTally {
  /** The repeats of each kind logged in this window, after its first. */
  let repeats = new Map<string, number>();
  let unlisted = 0;
  let total = 0;
  let windowEnd: ReturnType<typeof setTimeout> | undefined;
  const within = `within ${Math.round(limits.windowMs / 1000)} s`;

  const endWindow = (): void => {
    windowEnd = undefined;
    for (const [kind, count] of repeats) if (count > 0) log.error(`${kind} (${count} more ${count === 1 ? 'time' : 'times'} ${within})`);
    if (unlisted > 0) log.error(`and ${unlisted} more ${unlisted === 1 ? 'error' : 'errors'} of other kinds ${within}`);
    repeats = new Map();
    unlisted = 0;
    total = 0;
  };

  return {
    count(kind, text) {
      if (windowEnd === undefined) {
        windowEnd = setTimeout(endWindow, limits.windowMs);
        // The count alone must not keep a process alive that has nothing else to do.
        windowEnd.unref();
      }
      total += 1;
      const key = kind.length > PER_KIND_LIMIT ? `${kind.slice(0, PER_KIND_LIMIT)}…` : kind;
      const seen = repeats.get(key);
      if (seen !== undefined) repeats.set(key, seen + 1);
      else if (repeats.size < limits.kindsPerWindow) {
        repeats.set(key, 0);
        log.error(text);
      } else unlisted += 1;
      return total === limits.recoverAfter + 1;
    },
  };
}
