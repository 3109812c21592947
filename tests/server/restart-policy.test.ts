import { describe, expect, it } from 'vitest';
import {
  decideAfterExit,
  DEFAULT_RESTART_POLICY,
  describeRestart,
  EXIT_CANNOT_START,
  firstStart,
  noteStayedUp,
  type ExitDecision,
  type ServerExit,
  type SupervisorState,
} from '../../server/restart-policy';

const killed: ServerExit = { pid: 100, code: null, signal: 'SIGKILL' };
const crashed: ServerExit = { pid: 100, code: 1, signal: null };
const serving = (state: SupervisorState): SupervisorState => ({ ...state, served: true });

/** A server that dies `times` times, each `upMs` after it was started (again); returns every decision and the last state. */
function dies(times: number, upMs: number, state: SupervisorState = serving(firstStart(0))): { decisions: ExitDecision[]; state: SupervisorState } {
  const decisions: ExitDecision[] = [];
  for (let index = 0; index < times; index += 1) {
    const next = decideAfterExit(state, crashed, state.startedAt + upMs);
    decisions.push(next.decision);
    if (next.decision.action !== 'restart') return { decisions, state: next.state };
    state = { ...next.state, startedAt: state.startedAt + upMs + next.decision.delayMs };
  }
  return { decisions, state };
}

const restarts = (decisions: ExitDecision[]) => decisions.flatMap((decision) => (decision.action === 'restart' ? [decision] : []));

describe('decideAfterExit', () => {
  it('starts a server that was killed again at once when it had been up a second or more', () => {
    const { decision } = decideAfterExit(serving(firstStart(0)), killed, 5000);
    expect(decision).toEqual({ action: 'restart', delayMs: 0, report: { kind: 'restarted', exit: killed } });
  });

  it('starts a server that died as it started again a second after that start, never sooner', () => {
    const { decision } = decideAfterExit(firstStart(1000), crashed, 1300);
    expect(decision).toMatchObject({ action: 'restart', delayMs: 700 });
  });

  it('never waits more than a second, even when the clock says the server started in the future', () => {
    const { decision } = decideAfterExit(firstStart(50_000), crashed, 0);
    expect(decision).toMatchObject({ action: 'restart', delayMs: 1000 });
  });

  it('ends with the server once asked to stop, whatever the server ended with', () => {
    const stopping = { ...serving(firstStart(0)), stopping: true };
    expect(decideAfterExit(stopping, { pid: 1, code: 0, signal: null }, 10).decision).toEqual({ action: 'exit', code: 0 });
    expect(decideAfterExit(stopping, { pid: 1, code: null, signal: 'SIGTERM' }, 10).decision).toEqual({ action: 'exit', code: 0 });
    expect(decideAfterExit(stopping, crashed, 10).decision).toEqual({ action: 'exit', code: 1 });
  });

  it('does not start again a server that could not start, or printed --help, before any server listened', () => {
    expect(decideAfterExit(firstStart(0), { pid: 1, code: EXIT_CANNOT_START, signal: null }, 400).decision).toEqual({ action: 'exit', code: EXIT_CANNOT_START });
    expect(decideAfterExit(firstStart(0), { pid: 1, code: 0, signal: null }, 100).decision).toEqual({ action: 'exit', code: 0 });
  });

  it('starts a server that crashed before it listened again: only the server knows a crash cannot be cured', () => {
    expect(decideAfterExit(firstStart(0), crashed, 400).decision).toMatchObject({ action: 'restart' });
    expect(decideAfterExit(firstStart(0), killed, 400).decision).toMatchObject({ action: 'restart' });
  });

  it('once the show has been served, starts the server again even when it cannot start or stopped quietly', () => {
    const served = serving(firstStart(0));
    expect(decideAfterExit(served, { pid: 1, code: EXIT_CANNOT_START, signal: null }, 5000).decision).toMatchObject({ action: 'restart' });
    expect(decideAfterExit(served, { pid: 1, code: 0, signal: null }, 5000).decision).toMatchObject({ action: 'restart' });
  });

  it('never starts a server that keeps dying more than once a second', () => {
    const { decisions } = dies(200, 10);
    const delays = restarts(decisions).map((decision) => decision.delayMs);
    expect(delays).toHaveLength(200);
    // Each start comes 10 ms (its life) + its delay after the one before.
    expect(delays.every((delay) => delay + 10 === DEFAULT_RESTART_POLICY.minIntervalMs)).toBe(true);
  });

  it('logs each of the first restarts in a row, then says it goes quiet, then one line a minute with the count', () => {
    // Dying 10 ms after each start, i.e. one restart a second: 200 restarts take 200 s.
    const reports = restarts(dies(200, 10).decisions).map((decision) => decision.report);
    const logged = reports.flatMap((report, index) => (report === undefined ? [] : [{ index, ...report }]));
    expect(logged.slice(0, 4).map((report) => report.kind)).toEqual(['restarted', 'restarted', 'restarted', 'keeps-stopping']);
    expect(logged[3]).toMatchObject({ index: 3, inARow: 4 });
    const summaries = logged.slice(4);
    expect(summaries.map((report) => report.kind)).toEqual(['still-stopping', 'still-stopping', 'still-stopping']);
    expect(summaries.map((report) => report.index)).toEqual([63, 123, 183]);
    expect(summaries.map((report) => (report.kind === 'still-stopping' ? report.restarts : 0))).toEqual([60, 60, 60]);
    expect(logged).toHaveLength(7);
  });

  it('logs a restart line by line again once the server has stayed up a minute', () => {
    const stormy = dies(10, 10).state;
    const settled = noteStayedUp(stormy, 555);
    expect(settled.line).toBe('the show server (process 555) has stayed up for 60 s, after 10 restarts in a row');
    const { decision } = decideAfterExit(settled.state, killed, stormy.startedAt + 120_000);
    expect(decision).toMatchObject({ action: 'restart', report: { kind: 'restarted' } });
  });

  it('says nothing when a server that had not gone quiet stays up', () => {
    expect(noteStayedUp(dies(2, 5000).state, 555).line).toBeUndefined();
  });
});

describe('describeRestart', () => {
  it('names the process that ended, how, and the one started in its place', () => {
    expect(describeRestart({ kind: 'restarted', exit: killed }, 200)).toBe('the show server (process 100) was killed by SIGKILL; started it again (process 200)');
    expect(describeRestart({ kind: 'restarted', exit: crashed }, 200)).toBe('the show server (process 100) exited with status 1; started it again (process 200)');
  });

  it('says when the log goes quiet, and how many restarts a minute line stands for', () => {
    expect(describeRestart({ kind: 'keeps-stopping', exit: crashed, inARow: 4 }, 200)).toBe(
      'the show server (process 100) exited with status 1, 4 restarts in a row; started it again (process 200), and will go on at most once a second, saying so here once a minute',
    );
    expect(describeRestart({ kind: 'still-stopping', exit: crashed, restarts: 60, sinceMs: 60_010 }, 200)).toBe(
      'the show server (process 100) exited with status 1; started it again (process 200); restarts in the last 60 s: 60',
    );
  });
});
