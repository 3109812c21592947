/** Connections one address may hold open before saying hello. Our pages say it at once: a screen holds one for a moment. */
export const MAX_WAITING_PER_ADDRESS = 4;
/** Connections all addresses together may hold open before saying hello. */
export const MAX_WAITING = 32;

/** The connections that have not said who they are yet, on a budget of their own. */
export interface WaitingRoom<T> {
  /** Lets `entrant` in, and returns whom it pushed out (the oldest waiting, of its address first). */
  enter(entrant: T, address: string): T[];
  leave(entrant: T): void;
  size(): number;
}

/**
 * A small budget for connections that have not said hello, per address and in all, apart
 * from the client cap (which counts only pages that presented a valid code). Silent sockets
 * can then never keep a screen with its code out: past the budget the oldest waiting one
 * goes first, so a newcomer (who says hello within a round trip) always gets its turn, and a
 * guest with a few addresses only ever pushes out its own.
 */
export function createWaitingRoom<T>(limits: { readonly perAddress: number; readonly total: number } = { perAddress: MAX_WAITING_PER_ADDRESS, total: MAX_WAITING }): WaitingRoom<T> {
  // A Map keeps insertion order: its first entries are the oldest.
  const waiting = new Map<T, string>();
  const oldest = (address?: string): T | undefined => {
    for (const [entrant, from] of waiting) if (address === undefined || from === address) return entrant;
    return undefined;
  };
  const countFrom = (address: string): number => {
    let count = 0;
    for (const from of waiting.values()) if (from === address) count += 1;
    return count;
  };
  return {
    enter(entrant, address) {
      const pushedOut: T[] = [];
      const push = (victim: T | undefined): void => {
        if (victim === undefined) return;
        waiting.delete(victim);
        pushedOut.push(victim);
      };
      if (countFrom(address) >= limits.perAddress) push(oldest(address));
      if (waiting.size >= limits.total) push(oldest());
      waiting.set(entrant, address);
      return pushedOut;
    },
    leave: (entrant) => void waiting.delete(entrant),
    size: () => waiting.size,
  };
}
