/** Failed token attempts allowed from one address within the window, before it must wait. */
const MAX_FAILURES = 5;
const WINDOW_MS = 60_000;
/** Addresses remembered at once; the oldest are forgotten first. */
const MAX_ADDRESSES = 1000;

/** Slows down guessing: an address that keeps presenting wrong tokens is refused for a while. */
export interface AttemptLimiter {
  /** Whether `address` may try a token now. */
  allows(address: string, now: number): boolean;
  recordFailure(address: string, now: number): void;
}

export function createAttemptLimiter(): AttemptLimiter {
  const failures = new Map<string, number[]>();
  const recent = (address: string, now: number): number[] => (failures.get(address) ?? []).filter((at) => now - at < WINDOW_MS);
  return {
    allows: (address, now) => recent(address, now).length < MAX_FAILURES,
    recordFailure(address, now) {
      const times = [...recent(address, now), now];
      failures.delete(address);
      failures.set(address, times);
      if (failures.size > MAX_ADDRESSES) failures.delete(failures.keys().next().value as string);
    },
  };
}
