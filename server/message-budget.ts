/** Messages a page may send in a burst (a presenter tapping fast, the clock's pings at connect). */
const BURST = 40;
/** Messages a second a page may keep sending. */
const PER_SECOND = 10;
/** Messages refused for flooding, net of the refill, before the page is dropped. */
const DROP_AFTER_REFUSED = 100;

export type BudgetVerdict = 'ok' | 'throttled' | 'drop';

/**
 * A token bucket per connection: a page that sends faster than any person or clicker
 * could has its messages ignored (throttled), and one that keeps on is disconnected.
 */
export function createMessageBudget(now: number): { take(now: number): BudgetVerdict } {
  let tokens = BURST;
  let refused = 0;
  let last = now;
  return {
    take(at) {
      const refill = (Math.max(0, at - last) / 1000) * PER_SECOND;
      last = at;
      tokens = Math.min(BURST, tokens + refill);
      refused = Math.max(0, refused - refill);
      if (tokens >= 1) {
        tokens -= 1;
        return 'ok';
      }
      refused += 1;
      return refused > DROP_AFTER_REFUSED ? 'drop' : 'throttled';
    },
  };
}
