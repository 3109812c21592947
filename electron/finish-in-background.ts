import type { Logger } from '../node/logger';

/**
 * Runs `task` without waiting for it (closing a server while the app quits, say), and
 * logs its failure as `cannot <what>: ...` instead of leaving a rejection that nothing
 * handles: in Electron's main process that is only a warning on the terminal
 * (electron/last-resort.ts), never a line in the log. A task that throws before it
 * returns a promise is logged the same way.
 */
export function finishInBackground(task: () => Promise<unknown>, what: string, log: Pick<Logger, 'warn'>): void {
  const failed = (error: unknown): void => log.warn(`cannot ${what}: ${error instanceof Error ? error.message : String(error)}`);
  try {
    task().catch(failed);
  } catch (error) {
    failed(error);
  }
}
