import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RECOVERY_POLICY,
  EMPTY_RECOVERY_HISTORY,
  decideRecovery,
  parseRecoveryHistory,
  recordRecovery,
  type RecoveryHistory,
} from '../../../common/host/recovery-policy';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 25, 18, 0, 0);

/** Fails at each of `times`, acting on every decision as the host does; returns the decisions and the history. */
function failAt(times: readonly number[], history: RecoveryHistory = EMPTY_RECOVERY_HISTORY) {
  const decisions = times.map((now) => {
    const decision = decideRecovery(history, now);
    history = recordRecovery(history, decision, now);
    return decision.action;
  });
  return { decisions, history };
}

describe('recovery policy', () => {
  it('reloads a page that fails now and then, however long the show runs', () => {
    const hourly = Array.from({ length: 48 }, (_, hour) => T0 + hour * 60 * MINUTE);
    expect(new Set(failAt(hourly).decisions)).toEqual(new Set(['reload']));
  });

  it('relaunches once three reloads within ten minutes did not help', () => {
    expect(failAt([T0, T0 + MINUTE, T0 + 2 * MINUTE, T0 + 3 * MINUTE]).decisions).toEqual(['reload', 'reload', 'reload', 'relaunch']);
  });

  it('gives a relaunched app its own three reloads', () => {
    const { history } = failAt([T0, T0 + 1, T0 + 2, T0 + 3]);
    expect(history.reloads).toEqual([]);
    expect(decideRecovery(history, T0 + 4)).toEqual({ action: 'reload' });
  });

  it('after three relaunches within an hour, gives up for a fifteen-minute cool-down instead of spinning', () => {
    const rapid = Array.from({ length: 16 }, (_, index) => T0 + index * 1000);
    const { decisions, history } = failAt(rapid);
    expect(decisions.slice(0, 13)).toEqual([...Array(3).fill(['reload', 'reload', 'reload', 'relaunch']).flat(), 'reload']);
    expect(decisions.slice(13)).toEqual(['reload', 'reload', 'cool-down']);
    expect(history.coolDownUntil).toBe(T0 + 15_000 + 15 * MINUTE);
  });

  it('does nothing while cooling down, then tries reloads again', () => {
    const coolingDown: RecoveryHistory = { reloads: [T0, T0, T0], relaunches: [T0, T0, T0], coolDownUntil: T0 + 15 * MINUTE };
    expect(decideRecovery(coolingDown, T0 + 5 * MINUTE)).toEqual({ action: 'wait', until: T0 + 15 * MINUTE });
    expect(decideRecovery(coolingDown, T0 + 16 * MINUTE)).toEqual({ action: 'reload' });
  });

  it('keeps the cool-down across a failure while waiting', () => {
    const coolingDown: RecoveryHistory = { reloads: [], relaunches: [], coolDownUntil: T0 + 10 * MINUTE };
    const decision = decideRecovery(coolingDown, T0);
    expect(recordRecovery(coolingDown, decision, T0).coolDownUntil).toBe(T0 + 10 * MINUTE);
  });

  it('is not fooled by a clock set back: future times and an overlong cool-down do not count', () => {
    const fromTheFuture: RecoveryHistory = { reloads: [T0 + 60 * MINUTE, T0 + 61 * MINUTE, T0 + 62 * MINUTE], relaunches: [], coolDownUntil: T0 + 24 * 60 * MINUTE };
    expect(decideRecovery(fromTheFuture, T0)).toEqual({ action: 'reload' });
    expect(recordRecovery(fromTheFuture, { action: 'reload' }, T0)).toEqual({ reloads: [T0], relaunches: [] });
  });

  it('forgets failures older than its windows, so the saved history stays small', () => {
    const old: RecoveryHistory = { reloads: [T0], relaunches: [T0] };
    const later = T0 + DEFAULT_RECOVERY_POLICY.relaunchWindowMs;
    expect(recordRecovery(old, { action: 'reload' }, later)).toEqual({ reloads: [later], relaunches: [] });
  });
});

describe('parseRecoveryHistory', () => {
  it('reads a saved history', () => {
    expect(parseRecoveryHistory({ reloads: [T0], relaunches: [T0 - 1], coolDownUntil: T0 + 1 })).toEqual({ reloads: [T0], relaunches: [T0 - 1], coolDownUntil: T0 + 1 });
  });

  it('counts anything malformed as no history', () => {
    expect(parseRecoveryHistory('{')).toEqual(EMPTY_RECOVERY_HISTORY);
    expect(parseRecoveryHistory({ reloads: ['x', T0, null], relaunches: 5, coolDownUntil: 'soon' })).toEqual({ reloads: [T0], relaunches: [] });
  });
});
