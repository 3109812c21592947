import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadProjectContent } from '../support/project-content';
import { openShow, waitForSettled } from './support/show-page';
import { useChromium } from './support/browser-hooks';
import { sequenceFrameCount } from './support/frames';

const frameCount = sequenceFrameCount(loadProjectContent().deck);
const ADVANCES = 5000;

const browser = useChromium();

interface Footprint {
  readonly heapBytes: number;
  readonly nodes: number;
  readonly listeners: number;
}

/** JS heap after a full garbage collection, and the DOM's node and listener counts. */
async function footprint(session: CDPSession): Promise<Footprint> {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const counters = await session.send('Memory.getDOMCounters');
  return { heapBytes: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

async function advance(page: Page, times: number): Promise<void> {
  for (let step = 0; step < times; step += 1) {
    // Manual navigation stops at the end; Home starts over, as a long-running show does.
    await page.keyboard.press((step + 1) % frameCount === 0 ? 'Home' : 'PageDown');
  }
  await waitForSettled(page);
}

describe('a show that runs for days', () => {
  it(`does not grow in memory or DOM over ${ADVANCES} slide changes`, async () => {
    const page = await openShow(browser(), '', { width: 1920, height: 1080 });
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.enable');
    await advance(page, 2 * frameCount); // warm up: every slide fitted once, every font slice in use
    const before = await footprint(session);
    await advance(page, ADVANCES);
    const after = await footprint(session);
    console.log(
      `[soak] ${ADVANCES} slide changes: JS heap ${(before.heapBytes / 1048576).toFixed(2)} → ${(after.heapBytes / 1048576).toFixed(2)} MiB, ` +
        `DOM nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}`,
    );
    expect(after.nodes - before.nodes).toBeLessThanOrEqual(50);
    expect(after.listeners - before.listeners).toBeLessThanOrEqual(10);
    expect(after.heapBytes - before.heapBytes).toBeLessThan(2 * 1048576);
    await page.close();
  }, 300_000);
});
