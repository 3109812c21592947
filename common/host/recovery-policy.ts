import { isRecord } from '../content/is-record';

/**
 * How hard the host tries to keep a failing show on screen. A page that crashes now and
 * then (a slow leak running out of memory once a day) is reloaded every time; one that
 * keeps crashing gets a fresh app; a machine where even that does not help is left
 * alone for a while instead of restarting in a loop.
 */
export interface RecoveryPolicy {
  /** Reloads allowed within `reloadWindowMs` before a relaunch is tried instead. */
  readonly maxReloads: number;
  readonly reloadWindowMs: number;
  /** Relaunches allowed within `relaunchWindowMs` before giving up for a cool-down. */
  readonly maxRelaunches: number;
  readonly relaunchWindowMs: number;
  readonly coolDownMs: number;
}

const MINUTE = 60_000;

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = {
  maxReloads: 3,
  reloadWindowMs: 10 * MINUTE,
  maxRelaunches: 3,
  relaunchWindowMs: 60 * MINUTE,
  // Longer than the reload window, so that after a cool-down the reloads start afresh.
  coolDownMs: 15 * MINUTE,
};

/** What was done about failures so far, in ms since the epoch. Saved, so relaunches count across processes. */
export interface RecoveryHistory {
  readonly reloads: readonly number[];
  readonly relaunches: readonly number[];
  readonly coolDownUntil?: number;
}

export const EMPTY_RECOVERY_HISTORY: RecoveryHistory = { reloads: [], relaunches: [] };

/** What to do about a failure that just happened. */
export type RecoveryDecision =
  | { readonly action: 'reload' }
  | { readonly action: 'relaunch' }
  /** Stop trying until `until`; then try one reload. */
  | { readonly action: 'cool-down'; readonly until: number }
  /** Already cooling down: do nothing. */
  | { readonly action: 'wait'; readonly until: number };

/**
 * Times within `windowMs` before `now`. A time in the future means the clock was set
 * back; it is dropped, so a clock change can neither block recovery nor excuse a loop.
 */
const within = (times: readonly number[], now: number, windowMs: number): number[] => times.filter((time) => time <= now && now - time < windowMs);

/** Whether a cool-down is still on; one longer than the policy allows means the clock moved, and is over. */
function coolingDown(history: RecoveryHistory, now: number, policy: RecoveryPolicy): history is RecoveryHistory & { coolDownUntil: number } {
  return history.coolDownUntil !== undefined && history.coolDownUntil > now && history.coolDownUntil - now <= policy.coolDownMs;
}

/** Decides what to do about a failure at `now`, given what was done before. */
export function decideRecovery(history: RecoveryHistory, now: number, policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY): RecoveryDecision {
  if (coolingDown(history, now, policy)) return { action: 'wait', until: history.coolDownUntil };
  if (within(history.reloads, now, policy.reloadWindowMs).length < policy.maxReloads) return { action: 'reload' };
  if (within(history.relaunches, now, policy.relaunchWindowMs).length < policy.maxRelaunches) return { action: 'relaunch' };
  return { action: 'cool-down', until: now + policy.coolDownMs };
}

/** What to do about a main process that keeps failing (`decideMainRecovery`). */
export type MainRecoveryDecision =
  | { readonly action: 'relaunch' }
  /** Leave the app running as it is: cooling down (until `until`), or out of relaunches. */
  | { readonly action: 'keep-running'; readonly until?: number };

/**
 * Decides what to do about errors that keep coming in the main process itself. Reloading
 * pages cannot mend main, so only a relaunch can help; it spends the same relaunches as
 * the pages' failures do. Once those are spent, or while a cool-down is on, the app keeps
 * running as it is: a show with one broken corner is better than one that restarts in a loop.
 * No cool-down is started, so a page that crashes meanwhile is still reloaded.
 */
export function decideMainRecovery(history: RecoveryHistory, now: number, policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY): MainRecoveryDecision {
  if (coolingDown(history, now, policy)) return { action: 'keep-running', until: history.coolDownUntil };
  if (within(history.relaunches, now, policy.relaunchWindowMs).length < policy.maxRelaunches) return { action: 'relaunch' };
  return { action: 'keep-running' };
}

/**
 * The history after acting on `decision` at `now`, with old entries dropped so it stays
 * small. A relaunch clears the reloads: a fresh app deserves its own reloads.
 */
export function recordRecovery(history: RecoveryHistory, decision: RecoveryDecision, now: number, policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY): RecoveryHistory {
  const reloads = within(history.reloads, now, policy.reloadWindowMs);
  const relaunches = within(history.relaunches, now, policy.relaunchWindowMs);
  const coolDown = coolingDown(history, now, policy) ? { coolDownUntil: history.coolDownUntil } : {};
  switch (decision.action) {
    case 'reload':
      return { reloads: [...reloads, now], relaunches, ...coolDown };
    case 'relaunch':
      return { reloads: [], relaunches: [...relaunches, now] };
    case 'cool-down':
      return { reloads, relaunches, coolDownUntil: decision.until };
    case 'wait':
      return { reloads, relaunches, ...coolDown };
  }
}

/** Reads a saved history; anything malformed counts as no history, since that only allows more tries. */
export function parseRecoveryHistory(value: unknown): RecoveryHistory {
  const times = (raw: unknown): number[] => (Array.isArray(raw) ? raw.filter((time): time is number => Number.isFinite(time)).slice(-20) : []);
  if (!isRecord(value)) return EMPTY_RECOVERY_HISTORY;
  const until = value.coolDownUntil;
  return {
    reloads: times(value.reloads),
    relaunches: times(value.relaunches),
    ...(typeof until === 'number' && Number.isFinite(until) ? { coolDownUntil: until } : {}),
  };
}
