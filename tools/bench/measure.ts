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

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
