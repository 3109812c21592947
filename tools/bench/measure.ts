import type { Page } from 'playwright-core';

/** Reads the main thread's task time of a page, in ms, as Chromium counts it, from the moment it is created. */
export interface MainThreadMeter {
  read(): Promise<number>;
}

export async function createMainThreadMeter(page: Page): Promise<MainThreadMeter> {
  const session = await page.context().newCDPSession(page);
  // The counters start when the domain is enabled, so one session serves every reading.
  await session.send('Performance.enable');
  return {
    async read() {
      const { metrics } = await session.send('Performance.getMetrics');
      return 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0);
    },
  };
}

/**
 * Main-thread time per slide change: presses a key `count` times, letting each change
 * finish (transitions included) before the next, and divides the main thread's work by
 * the number of changes. The same method for every page measured, in the same run.
 */
export async function mainThreadPerChange(page: Page, key: string, count: number, settleMs: number): Promise<number> {
  const meter = await createMainThreadMeter(page);
  const before = await meter.read();
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press(key);
    await page.waitForTimeout(settleMs);
  }
  return ((await meter.read()) - before) / count;
}

/**
 * Main-thread time per slide change when changes come as fast as a clicker held down
 * sends them: `sweeps` times `length` presses of `forward`, then `length` of `back`, each
 * press one frame after the last has been handled. The count includes the work the last
 * presses leave behind (fades, timers), read `settleMs` after the last one. The same
 * method for every page measured, in the same run.
 */
export async function mainThreadPerQuickPress(page: Page, keys: { readonly forward: string; readonly back: string }, length: number, sweeps: number, settleMs: number): Promise<number> {
  const meter = await createMainThreadMeter(page);
  const before = await meter.read();
  const nextFrame = (): Promise<void> => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  for (let sweep = 0; sweep < sweeps; sweep += 1) {
    for (const key of [keys.forward, keys.back]) {
      for (let index = 0; index < length; index += 1) {
        await page.keyboard.press(key);
        await nextFrame();
      }
    }
  }
  await page.waitForTimeout(settleMs);
  return ((await meter.read()) - before) / (2 * length * sweeps);
}

/**
 * `rounds` measurements of every item, taking turns within each round (the order rotated
 * from round to round), so that a busy moment of the machine costs every item alike.
 * Returns each item's measurements, in the order of `items`.
 */
export async function takingTurns<T, R>(items: readonly T[], rounds: number, measure: (item: T) => Promise<R>): Promise<R[][]> {
  const values = items.map((): R[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (let turn = 0; turn < items.length; turn += 1) {
      const index = (round + turn) % items.length;
      const item = items[index];
      if (item !== undefined) values[index]?.push(await measure(item));
    }
  }
  return values;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
