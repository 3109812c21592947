import type { Page } from 'playwright-core';

/**
 * Starts noting, in the page, the wall-clock moment of the first frame painted after an
 * announcement appears on its screen and after it goes, as the screens-in-step figure
 * notes slide changes (the page's clock mapped to the machine's, which the server uses
 * too). Read them with `announcementMoments`.
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

export const announcementMoments = (page: Page): Promise<{ up: number[]; down: number[] }> =>
  page.evaluate(() => (window as unknown as { announcementMoments: { up: number[]; down: number[] } }).announcementMoments);

/** How far apart, in ms, the pages' `n`-th moments of one kind are. */
export async function spreadOf(pages: readonly Page[], kind: 'up' | 'down', n: number): Promise<number> {
  const moments = await Promise.all(pages.map(async (page) => (await announcementMoments(page))[kind][n]));
  if (moments.some((moment) => moment === undefined)) throw new Error(`not every screen saw announcement ${kind} ${n + 1}`);
  return Math.max(...(moments as number[])) - Math.min(...(moments as number[]));
}
