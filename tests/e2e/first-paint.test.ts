import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, useFreshContext } from './support/browser-hooks';

const browser = useChromium();
// The tabs of one profile share the saved show; each test gets a fresh profile.
const freshContext = useFreshContext(browser, { viewport: { width: 1280, height: 720 } });

/** A slide as it first appeared on screen. */
interface Painted {
  readonly key: string;
  /** Painted by the page ahead of the app (its show is marked `data-starting`). */
  readonly aheadOfApp: boolean;
  readonly fontSize: string | undefined;
  /** Its markup, without what the fit writes (the size, in `style`, is compared on its own). */
  readonly markup: string;
  /** When its fade in began on the document's timeline. */
  readonly entranceStart: number | null;
}

/** What the page painted in its first second and a half, recorded from before its first script. */
interface Recording {
  readonly painted: Painted[];
  /** The current slide's opacity at every frame. */
  readonly opacities: number[];
}

/**
 * Records every current slide as it appears, and the slide's opacity at every frame. The
 * observer's callbacks run after React's layout effects, so a slide is recorded fitted.
 */
async function recordFirstSecond(page: Page): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.addInitScript(() => {
    const recording = { painted: [] as unknown[], opacities: [] as number[] };
    (window as unknown as { recording: typeof recording }).recording = recording;
    const seen = new WeakSet<Element>();
    new MutationObserver(() => {
      const slide = document.querySelector(".show .slide[data-phase='current']");
      if (slide === null || seen.has(slide)) return;
      seen.add(slide);
      const copy = slide.cloneNode(true) as Element;
      for (const element of [copy, ...copy.querySelectorAll('*')]) {
        element.removeAttribute('style');
        element.removeAttribute('data-fit-layouts');
      }
      const startTime = slide.getAnimations()[0]?.startTime ?? null;
      recording.painted.push({
        key: `${slide.getAttribute('data-slide-id')}:${slide.getAttribute('data-langs')}`,
        aheadOfApp: slide.closest('.show')?.hasAttribute('data-starting') ?? false,
        fontSize: (slide.querySelector('.slide-fit') as HTMLElement | null)?.dataset.fontSize,
        markup: copy.outerHTML,
        entranceStart: startTime === null ? null : Number(startTime),
      });
    }).observe(document, { subtree: true, childList: true, attributes: true });
    const sample = (): void => {
      const slide = document.querySelector(".show .slide[data-phase='current']");
      if (slide !== null) recording.opacities.push(Number(getComputedStyle(slide).opacity));
      if (performance.now() < 1500) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

async function openRecorded(query = ''): Promise<{ page: Page; recording: Recording }> {
  const page = await freshContext().newPage();
  await recordFirstSecond(page);
  await page.goto(`${inject('showUrl')}${query}`);
  await page.locator(".show:not([data-starting]) .slide[data-phase='current']").waitFor();
  await page.waitForFunction(() => performance.now() > 1500);
  const recording = await page.evaluate(() => (window as unknown as { recording: Recording }).recording);
  return { page, recording };
}

describe('the first slide', () => {
  it('is painted before the app has loaded, and the app takes it over element for element, at the same size', async () => {
    const { recording } = await openRecorded();
    const [ahead, app, ...later] = recording.painted;
    expect(ahead?.aheadOfApp).toBe(true);
    expect(app?.aheadOfApp).toBe(false);
    expect(later).toEqual([]);
    expect(app?.markup).toBe(ahead?.markup);
    expect(app?.fontSize).toBe(ahead?.fontSize);
  });

  it('fades in once: the app continues the fade the page began, the slide never dims', async () => {
    const { recording } = await openRecorded();
    const [ahead, app] = recording.painted;
    // The app's element began its fade when the page's did (null: the page's never started).
    expect(ahead?.entranceStart).not.toBeUndefined();
    if (ahead?.entranceStart !== null) expect(app?.entranceStart).toBe(ahead?.entranceStart);
    const dimmed = recording.opacities.findIndex((opacity, index) => index > 0 && opacity < (recording.opacities[index - 1] ?? 0) - 0.01);
    expect(dimmed, `opacities by frame: ${recording.opacities.join(' ')}`).toBe(-1);
  });

  it('is the slide the show was left on, never the first slide of the deck, when a tab comes back', async () => {
    const first = await freshContext().newPage();
    await first.goto(`${inject('showUrl')}?slide=6a`);
    await first.locator(".show:not([data-starting]) .slide[data-phase='current']").waitFor();
    await first.keyboard.press('ArrowRight');
    const current = first.locator(".slide[data-phase='current']");
    await expect.poll(() => current.getAttribute('data-langs')).not.toBe('en');
    const leftOn = `${await current.getAttribute('data-slide-id')}:${await current.getAttribute('data-langs')}`;
    await first.close();
    const { recording } = await openRecorded();
    expect(recording.painted[0]?.aheadOfApp).toBe(true);
    expect(recording.painted.map((painted) => painted.key)).toEqual([leftOn, leftOn]);
  });

  it('in a second tab whose address names another slide, is the slide the show is on, never that one', async () => {
    const owner = await freshContext().newPage();
    await owner.goto(`${inject('showUrl')}?slide=6a`);
    await owner.locator(".show:not([data-starting]) .slide[data-slide-id='6a']").waitFor();
    // The tab that owns the show follows its address; another tab shows the owner's show.
    const { recording } = await openRecorded('?slide=2a');
    expect([...new Set(recording.painted.map((painted) => painted.key))]).toEqual(['6a:en']);
  });
});
