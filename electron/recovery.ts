import {
  DEFAULT_RECOVERY_POLICY,
  decideRecovery,
  parseRecoveryHistory,
  recordRecovery,
  type RecoveryDecision,
  type RecoveryPolicy,
} from '../common/host/recovery-policy';
import { readJsonFile, writeFileAtomic } from '../node/json-file';
import type { Logger } from '../node/logger';
import { DEFAULT_WATCHDOG_TIMING, watchPage, type WatchedContents, type WatchdogTiming } from './page-watchdog';

/** The file in the app's data folder that remembers relaunches across processes. */
export const RECOVERY_FILE = 'recovery.json';

/** A window whose page can be brought back. */
export interface RecoverableWindow {
  readonly webContents: WatchedContents;
  isDestroyed(): boolean;
}

export interface RecoveryDeps<W extends RecoverableWindow> {
  /** The show's open windows: a GPU crash reloads all of them. */
  readonly windows: () => readonly W[];
  readonly app: {
    relaunch(): void;
    exit(exitCode?: number): void;
    on(event: 'child-process-gone', listener: (event: unknown, details: { readonly type: string; readonly reason: string }) => void): unknown;
  };
  readonly historyFile: string;
  /** Runs before a relaunch, e.g. to save the show's place so the new app starts there. */
  readonly beforeRelaunch: () => void;
  readonly log: Logger;
  readonly policy?: RecoveryPolicy;
  readonly timing?: WatchdogTiming;
}

export interface Recovery<W> {
  /** Watches a new window's page. */
  watch(window: W, name: string): void;
  stop(): void;
}

const minutes = (ms: number): string => `${Math.round(ms / 60_000)} min`;

/**
 * Brings failed pages back: a crashed, killed, out-of-memory or hung page is reloaded
 * (it asks main for the snapshot, so it comes back on the current frame); a GPU crash
 * reloads every window; repeated failures relaunch the app, and repeated relaunches
 * give up for a cool-down (`common/host/recovery-policy.ts`), so a broken machine does
 * not spin. Every failure and every decision is logged.
 */
export function startRecovery<W extends RecoverableWindow>(deps: RecoveryDeps<W>): Recovery<W> {
  const { log } = deps;
  const policy = deps.policy ?? DEFAULT_RECOVERY_POLICY;
  const saved = readJsonFile(deps.historyFile);
  let history = parseRecoveryHistory(saved.status === 'ok' ? saved.value : undefined);
  const stops: (() => void)[] = [];
  let coolDownTimer: ReturnType<typeof setTimeout> | undefined;
  // Pages main killed itself (a hung one) report `render-process-gone` too: that is not a second failure.
  const killedByUs = new WeakSet<WatchedContents>();

  const remember = (decision: RecoveryDecision, now: number): void => {
    history = recordRecovery(history, decision, now, policy);
    try {
      writeFileAtomic(deps.historyFile, `${JSON.stringify(history)}\n`);
    } catch (error) {
      log.warn(`cannot save the recovery history to ${deps.historyFile}: ${String(error)}`);
    }
  };
  const reload = (windows: readonly W[], hung: boolean): void => {
    for (const window of windows) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      if (hung) {
        // A hung renderer cannot reload itself; reload() straight after this starts a new process.
        killedByUs.add(window.webContents);
        window.webContents.forcefullyCrashRenderer();
      }
      window.webContents.reload();
    }
  };
  const fail = (what: string, windows: () => readonly W[], hung = false): void => {
    const now = Date.now();
    const decision = decideRecovery(history, now, policy);
    remember(decision, now);
    switch (decision.action) {
      case 'reload':
        log.error(`${what}; reloading`);
        reload(windows(), hung);
        return;
      case 'relaunch':
        log.error(`${what}; ${policy.maxReloads} reloads within ${minutes(policy.reloadWindowMs)} did not help: relaunching the app`);
        deps.beforeRelaunch();
        deps.app.relaunch();
        deps.app.exit(0);
        return;
      case 'cool-down':
        log.error(
          `${what}; ${policy.maxRelaunches} relaunches within ${minutes(policy.relaunchWindowMs)} did not help: ` +
            `leaving the show alone for ${minutes(policy.coolDownMs)}, then reloading`,
        );
        coolDownTimer = setTimeout(() => {
          coolDownTimer = undefined;
          log.info('the cool-down is over: reloading every window');
          remember({ action: 'reload' }, Date.now());
          reload(deps.windows(), false);
        }, decision.until - now);
        return;
      case 'wait':
        log.error(`${what}; cooling down until ${new Date(decision.until).toISOString()}, doing nothing`);
    }
  };

  deps.app.on('child-process-gone', (_event, details) => {
    if (details.type !== 'GPU') {
      log.warn(`a ${details.type} process is gone (${details.reason})`);
      return;
    }
    fail(`the GPU process is gone (${details.reason})`, deps.windows);
  });

  return {
    watch(window, name) {
      const contents = window.webContents;
      const stop = watchPage(contents, name, {
        gone(reason) {
          if (window.isDestroyed()) return;
          if (killedByUs.has(contents)) {
            killedByUs.delete(contents);
            log.info(`the hung ${name} page was stopped (${reason})`);
            return;
          }
          fail(`the ${name} page's process is gone (${reason})`, () => [window]);
        },
        hung: (why) => fail(`the ${name} page is hung: ${why}`, () => [window], true),
      }, log, deps.timing ?? DEFAULT_WATCHDOG_TIMING);
      stops.push(stop);
    },
    stop() {
      for (const stop of stops.splice(0)) stop();
      if (coolDownTimer !== undefined) clearTimeout(coolDownTimer);
    },
  };
}
