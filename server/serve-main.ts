// `npm run serve`: the show with no Electron at all. Bundled to dist/server/serve.cjs by
// `npm run build`. This is only a supervisor: the show server runs in a process of its own
// (serve-process-main.ts, dist/server/show-server-process.cjs), started again within a
// second whenever it dies (restart-policy.ts decides), so that one failure cannot leave
// the venue's screens without it. It must not fail itself: it holds no show, parses no
// flag and touches no network; every call here is one that reports failure by an event
// or a return value, or is caught.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultDataFolder } from '../node/data-folder';
import { createRotatingLogFile } from '../node/log-file';
import { createConsoleLogger, createHostLogger } from '../node/logger';
import { decideAfterExit, describeRestart, DEFAULT_RESTART_POLICY, firstStart, noteStayedUp, SERVING_MESSAGE, STOP_GRACE_MS, type RestartReport, type ServerExit, type SupervisorState } from './restart-policy';

const SERVER_PROCESS = join(__dirname, 'show-server-process.cjs');
const terminal = createConsoleLogger();
// The same log as the server's: a restart is read beside what led to it.
const log = createHostLogger(
  terminal,
  createRotatingLogFile({ folder: join(defaultDataFolder(process.platform, process.env), 'logs'), onFailure: (error) => terminal.warn(`cannot write the log file: ${String(error)}`) }),
);
// Monotonic: a clock set back must not hold a restart.
const now = (): number => performance.now();

let state: SupervisorState = firstStart(now());
let server: ChildProcess | undefined;
let restartTimer: NodeJS.Timeout | undefined;
let stayedUpTimer: NodeJS.Timeout | undefined;

/** Starts a server process; `report` says what the log should say of the one before. */
function start(report: RestartReport | undefined): void {
  // Noted first, so that even a fork that throws every time is tried only once a second.
  state = { ...state, startedAt: now() };
  let started: ChildProcess;
  try {
    // The same arguments, terminal and environment (so the same data folder) as ours.
    started = fork(SERVER_PROCESS, process.argv.slice(2));
  } catch {
    // Only a system that refuses a new process at all throws here: a death like any other.
    ended({ pid: undefined, code: null, signal: null });
    return;
  }
  server = started;
  if (report !== undefined) log.info(describeRestart(report, started.pid));
  let over = false;
  const end = (exit: ServerExit): void => {
    if (over) return;
    over = true;
    ended(exit);
  };
  started.on('exit', (code, signal) => end({ pid: started.pid, code, signal }));
  // With no pid it was never spawned, and may not say `exit`; otherwise `exit` follows.
  started.on('error', () => {
    if (started.pid === undefined) end({ pid: undefined, code: null, signal: null });
  });
  started.on('message', (message) => {
    if (message !== SERVING_MESSAGE || state.served) return;
    state = { ...state, served: true };
    // Said once it serves, so that `--help` or a port in use is not told it will be restarted.
    log.info(`the show server runs as process ${String(started.pid)}; it is started again within a second if it stops`);
  });
  stayedUpTimer = setTimeout(() => {
    const settled = noteStayedUp(state, started.pid);
    state = settled.state;
    if (settled.line !== undefined) log.info(settled.line);
  }, DEFAULT_RESTART_POLICY.stableAfterMs);
}

function ended(exit: ServerExit): void {
  server = undefined;
  clearTimeout(stayedUpTimer);
  const next = decideAfterExit(state, exit, now());
  state = next.state;
  const { decision } = next;
  if (decision.action === 'exit') process.exit(decision.code);
  else restartTimer = setTimeout(() => start(decision.report), decision.delayMs);
}

/** Passes Ctrl+C (or a service manager's SIGTERM) on, and ends once the server has. */
function stop(signal: 'SIGINT' | 'SIGTERM'): void {
  state = { ...state, stopping: true };
  if (server === undefined) {
    clearTimeout(restartTimer);
    process.exit(0);
  }
  server.kill(signal);
  const stuck = server;
  setTimeout(() => stuck.kill('SIGKILL'), STOP_GRACE_MS).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

start(undefined);
