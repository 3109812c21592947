import type { Logger } from '../node/logger';

/**
 * What a page or a request from the network can make the server say. A closed list: every
 * cause has its own allowance, so the lines a guest can cause in a minute are bounded by
 * the length of this list, however many connections or addresses they use.
 */
export type NetworkCause =
  | 'wrong-code'
  | 'replaced-code'
  | 'foreign-page'
  | 'no-hello'
  | 'too-many-waiting'
  | 'too-many-clients'
  | 'bad-message'
  | 'flooding'
  | 'not-reading'
  | 'request-failed';

/** How long one cause's allowance lasts. */
export const NETWORK_LOG_WINDOW_MS = 60_000;
/** Addresses named in a summary line; the rest are counted. */
const NAMED_ADDRESSES = 3;
/** Distinct addresses counted per cause and window (a guest with thousands costs no memory). */
const COUNTED_ADDRESSES = 1000;

/** The server's log for what network guests cause: one line per cause a minute, and a count of the rest. */
export interface NetworkLog {
  /**
   * Logs `message` (about `address`) unless its cause was logged in the last minute; then it
   * is counted. `address` is `undefined` where the log must not name it (a read-along page,
   * a file request that may be one): it is then left out of the count's names as well, and
   * the line itself must not name it either.
   */
  warn(cause: NetworkCause, address: string | undefined, message: string): void;
  /** Writes the counts still held, and stops the timer. */
  close(): void;
}

interface Allowance {
  readonly since: number;
  suppressed: number;
  readonly addresses: Set<string>;
  /** Whether some of the suppressed lines were about pages not to be named (read-along pages): counted, never named. */
  unnamed: boolean;
}

/**
 * Rate-limits the log per cause (STYLE: nothing a client sends may wipe the log). The first
 * line of a cause in a window is written as it is; the others in that window are counted
 * and said in one line when the window ends: "312 more like this in the last minute (flooding),
 * from 1 address: 192.168.1.44". With ten causes that is at most twenty lines a minute,
 * a few KB, whatever a flood does.
 */
export function createNetworkLog(log: Pick<Logger, 'warn'>, now: () => number = Date.now): NetworkLog {
  const allowances = new Map<NetworkCause, Allowance>();
  const summarise = (cause: NetworkCause, allowance: Allowance): void => {
    if (allowance.suppressed === 0) return;
    const named = [...allowance.addresses].slice(0, NAMED_ADDRESSES);
    const others = allowance.addresses.size - named.length;
    const from = [
      ...(named.length === 0 ? [] : [`from ${allowance.addresses.size} address${allowance.addresses.size === 1 ? '' : 'es'}: ${named.join(', ')}${others > 0 ? ` and ${others} more` : ''}`]),
      ...(allowance.unnamed ? ['from pages not named by address'] : []),
    ].join(', and ');
    log.warn(`${allowance.suppressed} more like this in the last minute (${cause}), ${from}`);
  };
  const endWindows = (): void => {
    const at = now();
    for (const [cause, allowance] of allowances) {
      if (at - allowance.since < NETWORK_LOG_WINDOW_MS) continue;
      summarise(cause, allowance);
      allowances.delete(cause);
    }
  };
  // A count is said within a window of its last line even when the flood stops; the timer never keeps the process alive.
  const timer = setInterval(endWindows, NETWORK_LOG_WINDOW_MS / 4);
  timer.unref?.();
  return {
    warn(cause, address, message) {
      endWindows();
      const allowance = allowances.get(cause);
      if (allowance === undefined) {
        allowances.set(cause, { since: now(), suppressed: 0, addresses: new Set(), unnamed: false });
        log.warn(message);
        return;
      }
      allowance.suppressed += 1;
      if (address === undefined) allowance.unnamed = true;
      else if (allowance.addresses.size < COUNTED_ADDRESSES) allowance.addresses.add(address);
    },
    close() {
      clearInterval(timer);
      for (const [cause, allowance] of allowances) summarise(cause, allowance);
      allowances.clear();
    },
  };
}
