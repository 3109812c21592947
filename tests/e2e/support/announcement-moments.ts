import type { Page } from 'playwright-core';

/**
 * Starts noting, in the page, the wall-clock moment of the first frame painted after an
 * announcement appears on its screen and after it goes, as the screens-in-step figure
 * notes slide changes (the page's clock mapped to the machine's, which the server uses
 * too). Read them with `momentOf`.
 */
export const watchAnnouncements = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const moments = { up: [] as number[], down: [] as number[] };
    (window as unknown as { announcementMoments: typeof moments }).announcementMoments = moments;
    let shown = document.querySelector("[data-testid='announcement']") !== null;
    new MutationObserver(() => {
      const now = document.querySelector("[data-testid='announcement']") !== null;
      if (now === shown) return;
      shown = now;
      const toWall = Date.now() - (performance.timeOrigin + performance.now());
      requestAnimationFrame((time) => (now ? moments.up : moments.down).push(performance.timeOrigin + time + toWall));
    }).observe(document.body, { childList: true, subtree: true });
  });

/**
 * The page's `n`-th moment of one kind, once it is painted: it is noted at the frame after
 * the change, a moment after the change itself can be seen in the page.
 */
export async function momentOf(page: Page, kind: 'up' | 'down', n: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([which, index]) => (window as unknown as { announcementMoments: Record<string, number[]> }).announcementMoments[which]?.[index],
    [kind, n] as const,
    { timeout: 5000 },
  );
  return (await handle.jsonValue()) as number;
}

/** How far apart, in ms, the pages' `n`-th moments of one kind are. */
export async function spreadOf(pages: readonly Page[], kind: 'up' | 'down', n: number): Promise<number> {
  const moments = await Promise.all(pages.map((page) => momentOf(page, kind, n)));
  return Math.max(...moments) - Math.min(...moments);
}
