import type { Page } from 'playwright-core';

/**
 * Starts noting, in the page, the wall-clock moment of the first frame painted after an
 * announcement appears on its screen and after it goes, as the screens-in-step figure
 * notes slide changes (the page's clock mapped to the machine's, which the server uses
 * too), and the show's frame at each of those changes (the slide under the announcement).
 * Read them with `momentOf` and `frameAt`.
 */
export const watchAnnouncements = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const noted = { up: [] as number[], down: [] as number[], upFrame: [] as number[], downFrame: [] as number[] };
    (window as unknown as { announcementMoments: typeof noted }).announcementMoments = noted;
    let shown = document.querySelector("[data-testid='announcement']") !== null;
    new MutationObserver(() => {
      const now = document.querySelector("[data-testid='announcement']") !== null;
      if (now === shown) return;
      shown = now;
      (now ? noted.upFrame : noted.downFrame).push(Number(document.querySelector('.show')?.getAttribute('data-frame')));
      const toWall = Date.now() - (performance.timeOrigin + performance.now());
      requestAnimationFrame((time) => (now ? noted.up : noted.down).push(performance.timeOrigin + time + toWall));
    }).observe(document.body, { childList: true, subtree: true });
  });

/** The page's `n`-th note in the list `which`, once it is there (wrapped, so that a frame 0 counts as there). */
async function noted(page: Page, which: string, n: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([list, index]) => {
      const value = (window as unknown as { announcementMoments: Record<string, number[]> }).announcementMoments[list]?.[index];
      return value === undefined ? undefined : [value];
    },
    [which, n] as const,
    { timeout: 5000 },
  );
  const [value] = (await handle.jsonValue()) as [number];
  return value;
}

/**
 * The page's `n`-th moment of one kind, once it is painted: it is noted at the frame after
 * the change, a moment after the change itself can be seen in the page.
 */
export const momentOf = (page: Page, kind: 'up' | 'down', n: number): Promise<number> => noted(page, kind, n);

/**
 * The show's frame on the page at its `n`-th change of one kind, as the announcement came
 * or went: what a person saw under it then, before the loop, going on again, moved on.
 */
export const frameAt = (page: Page, kind: 'up' | 'down', n: number): Promise<number> => noted(page, `${kind}Frame`, n);

/** How far apart, in ms, the pages' `n`-th moments of one kind are. */
export async function spreadOf(pages: readonly Page[], kind: 'up' | 'down', n: number): Promise<number> {
  const moments = await Promise.all(pages.map((page) => momentOf(page, kind, n)));
  return Math.max(...moments) - Math.min(...moments);
}
