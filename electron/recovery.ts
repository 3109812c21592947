import {
  DEFAULT_RECOVERY_POLICY,
  decideMainRecovery,
  decideRecovery,
  parseRecoveryHistory,
  recordRecovery,
  type RecoveryDecision,
  type RecoveryPolicy,
} from '../common/host/recovery-policy';
import type { LaunchFacts } from '../common/host/relaunch-command';
import { createHeartbeats } from './heartbeat';
import type { IpcMainLike } from './ipc-handlers';
import { readJsonFile, writeFileAtomic } from '../node/json-file';
import type { Logger } from '../node/logger';
import { createPageRestarts } from './page-restart';
import { DEFAULT_WATCHDOG_TIMING, watchPage, type PageWatch, type WatchedContents, type WatchdogTiming } from './page-watchdog';
import { relaunchApp, type RelaunchingApp } from './relaunch';

/** The file in the app's data folder that remembers relaunches across processes. */
export const RECOVERY_FILE = 'recovery.json';

/** A window whose page can be brought back. */
export interface RecoverableWindow {
  readonly webContents: WatchedContents;
  isDestroyed(): boolean;
}

export interface RecoveryDeps<W extends RecoverableWindow> {
  /** The show's open windows: the end of a cool-down reloads all of them. */
  readonly windows: () => readonly W[];
  readonly app: RelaunchingApp & {
    exit(exitCode?: number): void;
    on(event: 'child-process-gone', listener: (event: unknown, details: { readonly type: string; readonly reason: string }) => void): unknown;
  };
  /** This launch, to relaunch the app the same way. */
  readonly launch: LaunchFacts;
  /** Where the windows' heartbeats are answered. */
  readonly ipcMain: Pick<IpcMainLike, 'on'>;
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
  /**
   * Errors keep coming in the main process (`what` says how many): relaunches the app if
   * the policy allows (`decideMainRecovery`), else logs that it keeps running as it is.
   */
  mainFailing(what: string): void;
  /** Stops watching, as the app quits; from then on errors in main relaunch nothing either. */
  stop(): void;
}

const minutes = (ms: number): string => `${Math.round(ms / 60_000)} min`;

/**
 * Brings failed pages back: a crashed, killed, out-of-memory or hung page is reloaded
 * (it asks main for the snapshot, so it comes back on the current frame); a GPU crash
 * is only logged; repeated failures relaunch the app, and repeated relaunches
 * give up for a cool-down (`common/host/recovery-policy.ts`), so a broken machine does
 * not spin. Every failure and every decision is logged.
 */
export function startRecovery<W extends RecoverableWindow>(deps: RecoveryDeps<W>): Recovery<W> {
  const { log } = deps;
  const policy = deps.policy ?? DEFAULT_RECOVERY_POLICY;
  const saved = readJsonFile(deps.historyFile);
  let history = parseRecoveryHistory(saved.status === 'ok' ? saved.value : undefined);
  const timing = deps.timing ?? DEFAULT_WATCHDOG_TIMING;
  const heartbeats = createHeartbeats(deps.ipcMain);
  const watches = new Map<WatchedContents, PageWatch>();
  /**
   * Reloads a page, giving it a fresh start on its watchdog's clock. Every caller reloads a
   * page it has just seen alive: those that wait (a restart's fallback, the watchdog's
   * timers) check first that the window has not closed meanwhile.
   */
  const reloadPage = (contents: WatchedContents): void => {
    watches.get(contents)?.reloaded();
    contents.reload();
  };
  const restarts = createPageRestarts(reloadPage, log, timing.crashReportMs);
  let coolDown: { readonly timer: ReturnType<typeof setTimeout>; readonly until: number } | undefined;
  let stopped = false;

  const remember = (decision: RecoveryDecision, now: number): void => {
    history = recordRecovery(history, decision, now, policy);
    try {
      writeFileAtomic(deps.historyFile, `${JSON.stringify(history)}\n`);
    } catch (error) {
      log.warn(`cannot save the recovery history to ${deps.historyFile}: ${String(error)}`);
    }
  };
  // `windows` are open ones (the show's list leaves out a destroyed window, whose
  // `webContents` would throw), listed just before.
  const reload = (windows: readonly W[]): void => {
    for (const window of windows) reloadPage(window.webContents);
  };
  const relaunch = (): void => {
    try {
      deps.beforeRelaunch();
    } catch (error) {
      // Relaunching matters more than the place: the new app starts from the last one saved.
      log.warn(`cannot save the show before relaunching: ${String(error)}`);
    }
    relaunchApp(deps.app, deps.launch);
    deps.app.exit(0);
  };
  /** Decides what a failure calls for; `bringBack` is how to reload what failed. */
  const fail = (what: string, bringBack: () => void): void => {
    const now = Date.now();
    // Until the cool-down's own reload has run, even at the very moment it is due, this is part of it.
    const decision: RecoveryDecision = coolDown === undefined ? decideRecovery(history, now, policy) : { action: 'wait', until: coolDown.until };
    remember(decision, now);
    switch (decision.action) {
      case 'reload':
        log.error(`${what}; reloading`);
        bringBack();
        return;
      case 'relaunch':
        log.error(`${what}; ${policy.maxReloads} reloads within ${minutes(policy.reloadWindowMs)} did not help: relaunching the app`);
        relaunch();
        return;
      case 'cool-down':
        log.error(
          `${what}; ${policy.maxRelaunches} relaunches within ${minutes(policy.relaunchWindowMs)} did not help: ` +
            `leaving the show alone for ${minutes(policy.coolDownMs)}, then reloading`,
        );
        coolDown = {
          until: decision.until,
          timer: setTimeout(() => {
            coolDown = undefined;
            log.info('the cool-down is over: reloading every window');
            remember({ action: 'reload' }, Date.now());
            reload(deps.windows());
          }, decision.until - now),
        };
        return;
      case 'wait':
        log.error(`${what}; cooling down until ${new Date(decision.until).toISOString()}, doing nothing`);
    }
  };

  // Chromium restarts a GPU process that is gone by itself, and after repeated crashes falls
  // back to a more stable mode, down to software rendering (GpuProcessHost::RecordProcessCrash
  // in content/browser/gpu/gpu_process_host.cc; Chromium's "GPU Process Fallback" notes), so
  // reloading every window would only spend the reload budget. A window that does not
  // come back stops answering its heartbeat, and only that one is reloaded.
  deps.app.on('child-process-gone', (_event, details) => {
    const restarted = details.type === 'GPU' ? '; Chromium starts a new one, and a window that does not come back is reloaded' : '';
    log.warn(`a ${details.type} process is gone (${details.reason})${restarted}`);
  });

  return {
    watch(window, name) {
      const contents = window.webContents;
      const events = {
        // Both reports come from a watchdog that has checked its contents are not destroyed.
        gone(reason: string) {
          // A page main crashed itself (a hung one) reports its end too: that is not a second failure.
          if (restarts.finish(contents, name, reason)) return;
          fail(`the ${name} page's process is gone (${reason})`, () => reload([window]));
        },
        hung: (why: string) => fail(`the ${name} page is hung: ${why}`, () => restarts.restart(contents, name)),
      };
      watches.set(contents, watchPage(contents, name, events, { heartbeats, log, timing }));
    },
    mainFailing(what) {
      // A relaunch now would bring back a show that a person just ended.
      if (stopped) return void log.error(`${what}; the app is quitting: not relaunching`);
      const now = Date.now();
      const decision = coolDown === undefined ? decideMainRecovery(history, now, policy) : { action: 'keep-running' as const, until: coolDown.until };
      if (decision.action === 'relaunch') {
        remember(decision, now);
        log.error(`${what}: relaunching the app`);
        relaunch();
      } else if (decision.until !== undefined) {
        log.error(`${what}; cooling down until ${new Date(decision.until).toISOString()}: the app keeps running as it is`);
      } else {
        log.error(`${what}; ${policy.maxRelaunches} relaunches within ${minutes(policy.relaunchWindowMs)} did not help: the app keeps running as it is`);
      }
    },
    stop() {
      stopped = true;
      for (const watch of watches.values()) watch.stop();
      watches.clear();
      restarts.stop();
      if (coolDown !== undefined) clearTimeout(coolDown.timer);
    },
  };
}
