/**
 * When `npm run serve`'s supervisor (serve-main.ts) starts the show server again. Crashing
 * is the last resort, but whatever ends the server (an exception nobody caught, a kill -9,
 * running out of memory) must not leave the venue's screens without it: it is started
 * again every time, at once, but never sooner than a second after the last start, so a
 * server that dies as it starts cannot spin a core. The log says so without filling up:
 * a line per restart for the first few in a row, then one a minute with the count.
 *
 * Pure: the supervisor passes the time (a monotonic clock) and keeps the state.
 */

/**
 * The show server's exit status when it cannot start for a reason a restart cannot fix
 * (its port is in use, the built app is missing): EX_CONFIG of sysexits.h. `npm run serve`
 * then exits with it too, so a service manager can tell it from a crash.
 */
export const EXIT_CANNOT_START = 78;

/** What the server's process sends its supervisor once it listens. */
export const SERVING_MESSAGE = 'yeondae:serving';

/** How long a server asked to stop (Ctrl+C) may take before it is killed. */
export const STOP_GRACE_MS = 5000;

/** How often the server may be started, and how much the log says about it. */
export interface RestartPolicy {
  /** Starts are never closer together than this. */
  readonly minIntervalMs: number;
  /** Restarts in a row logged one line each; after that, one line per `summaryEveryMs`. */
  readonly loggedInARow: number;
  readonly summaryEveryMs: number;
  /** A server that stays up this long has recovered: the next restart starts a new row. */
  readonly stableAfterMs: number;
}

/** A start a second at most; three restarts in a row logged one by one, then a line a minute until it stays up a minute. */
export const DEFAULT_RESTART_POLICY: RestartPolicy = { minIntervalMs: 1000, loggedInARow: 3, summaryEveryMs: 60_000, stableAfterMs: 60_000 };

/** How a server process ended, as Node's `exit` event says (both `null`: it could not be spawned). */
export interface ServerExit {
  readonly pid: number | undefined;
  readonly code: number | null;
  readonly signal: string | null;
}

/** What the supervisor knows about the server's life so far. */
export interface SupervisorState {
  /** When the latest server process was started, by the supervisor's clock. */
  readonly startedAt: number;
  /** Whether a server process has listened since the supervisor began. */
  readonly served: boolean;
  /** Whether the supervisor was asked to stop (SIGINT, SIGTERM) and passed it on. */
  readonly stopping: boolean;
  /** Restarts since the server last stayed up `stableAfterMs`. */
  readonly inARow: number;
  /** Restarts not yet counted in a line of the log. */
  readonly unlogged: number;
  /** When the log last had a line about restarts. */
  readonly loggedAt: number;
}

/** The state of a supervisor whose first server process was started at `now`. */
export function firstStart(now: number): SupervisorState {
  return { startedAt: now, served: false, stopping: false, inARow: 0, unlogged: 0, loggedAt: Number.NEGATIVE_INFINITY };
}

/** What the log says about a restart, once the new process is known (`describeRestart`). */
export type RestartReport =
  /** One of the first few restarts in a row. */
  | { readonly kind: 'restarted'; readonly exit: ServerExit }
  /** The one after those: from here the log goes quiet. */
  | { readonly kind: 'keeps-stopping'; readonly exit: ServerExit; readonly inARow: number }
  /** Once a minute while it keeps stopping: how many restarts since the last line. */
  | { readonly kind: 'still-stopping'; readonly exit: ServerExit; readonly restarts: number; readonly sinceMs: number };

/** What the supervisor does once the server process has ended. */
export type ExitDecision =
  /** End the supervisor with `code`. */
  | { readonly action: 'exit'; readonly code: number }
  /** Start the server again in `delayMs`, logging `report` when there is one. */
  | { readonly action: 'restart'; readonly delayMs: number; readonly report: RestartReport | undefined };

/**
 * Decides what to do when the server process has ended at `now`. Asked to stop, the
 * supervisor ends with the server. Before any server has listened, a server that ends by
 * itself with 0 (it printed `--help`) or `EXIT_CANNOT_START` is not started again: the
 * person at the terminal must act. Anything else, and anything at all once the show has
 * been served, is a death: restart, because a screen at the venue is waiting for it
 * (a port taken while it was down may well be free again a second later).
 */
export function decideAfterExit(state: SupervisorState, exit: ServerExit, now: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): { state: SupervisorState; decision: ExitDecision } {
  if (state.stopping) return { state, decision: { action: 'exit', code: exit.code ?? 0 } };
  if (!state.served && (exit.code === 0 || exit.code === EXIT_CANNOT_START)) return { state, decision: { action: 'exit', code: exit.code } };
  // Clamped both ways: the clock is monotonic, but a wrong one must neither stall nor spin.
  const delayMs = Math.min(policy.minIntervalMs, Math.max(0, state.startedAt + policy.minIntervalMs - now));
  const inARow = state.inARow + 1;
  const restart = (report: RestartReport | undefined, unlogged: number, loggedAt: number) => ({
    state: { ...state, inARow, unlogged, loggedAt },
    decision: { action: 'restart', delayMs, report } as const,
  });
  if (inARow <= policy.loggedInARow) return restart({ kind: 'restarted', exit }, 0, now);
  if (inARow === policy.loggedInARow + 1) return restart({ kind: 'keeps-stopping', exit, inARow }, 0, now);
  const restarts = state.unlogged + 1;
  if (now - state.loggedAt >= policy.summaryEveryMs) return restart({ kind: 'still-stopping', exit, restarts, sinceMs: now - state.loggedAt }, 0, now);
  return restart(undefined, restarts, state.loggedAt);
}

/**
 * The server has stayed up `stableAfterMs` since its last start: a new row of restarts
 * begins. When the log had gone quiet about this one, it gets a line saying it is over.
 */
export function noteStayedUp(state: SupervisorState, pid: number | undefined, policy: RestartPolicy = DEFAULT_RESTART_POLICY): { state: SupervisorState; line: string | undefined } {
  const quiet = state.inARow > policy.loggedInARow;
  const line = quiet ? `the show server (process ${String(pid)}) has stayed up for ${seconds(policy.stableAfterMs)}, after ${state.inARow} restarts in a row` : undefined;
  return { state: { ...state, inARow: 0, unlogged: 0, loggedAt: Number.NEGATIVE_INFINITY }, line };
}

const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

/** How a process ended, for the log: `was killed by SIGKILL`, `exited with status 1`. */
export function describeExit(exit: ServerExit): string {
  if (exit.signal !== null) return `was killed by ${exit.signal}`;
  if (exit.code !== null) return `exited with status ${exit.code}`;
  return 'could not be started';
}

/** The log line for a restart that has just started process `pid`. */
export function describeRestart(report: RestartReport, pid: number | undefined): string {
  const old = `the show server (process ${String(report.exit.pid)}) ${describeExit(report.exit)}`;
  switch (report.kind) {
    case 'restarted':
      return `${old}; started it again (process ${String(pid)})`;
    case 'keeps-stopping':
      return `${old}, ${report.inARow} restarts in a row; started it again (process ${String(pid)}), and will go on at most once a second, saying so here once a minute`;
    case 'still-stopping':
      return `${old}; started it again (process ${String(pid)}); restarts in the last ${seconds(report.sinceMs)}: ${report.restarts}`;
  }
}
