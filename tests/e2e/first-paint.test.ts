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
  /** Its opacity as it appeared, before any frame of it was painted: 0 for a slide that fades in. */
  readonly opacity: number;
  /** The animations it had as it appeared (show.css's `slide-enter`, for a slide that fades in). */
  readonly animations: string[];
}

/** One frame of the first slide on screen. */
interface Sample {
  /** On the page's clock (performance.now), in ms. */
  readonly at: number;
  readonly opacity: number;
}

/** What the page painted from before its first script until its first slide had been the app's for a while. */
interface Recording {
  readonly painted: Painted[];
  /** The current slide's opacity at every frame. */
  readonly samples: Sample[];
  /** When, on the page's clock, the app's own slide appeared. */
  readonly appAt: number | undefined;
  readonly done: boolean;
}

/**
 * How long, on the page's clock, the recording goes on after the app has taken the first
 * slide over: longer than show.css's crossfade (450 ms), so a fade in, or a dip, that the
 * app's slide began would be over by the end, and recorded.
 */
const RECORD_AFTER_APP_MS = 700;

/**
 * Records every current slide as it appears (its markup, opacity and animations), and the
 * slide's opacity at every frame, until `RECORD_AFTER_APP_MS` after the app's own slide
 * appeared, on the page's clock. The observer's callbacks run after React's layout effects,
 * so a slide is recorded fitted.
 */
async function recordStart(page: Page): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.addInitScript((recordAfterAppMs: number) => {
    const recording = { painted: [] as unknown[], samples: [] as { at: number; opacity: number }[], appAt: undefined as number | undefined, done: false };
    (window as unknown as { recording: typeof recording }).recording = recording;
    const seen = new WeakSet<Element>();
    // What the audience sees of the slide's words: the opacity of its text and of everything around it, whichever of them fades.
    const opacityOf = (slide: Element): number => {
      let opacity = 1;
      for (let element: Element | null = slide.querySelector('.slide-fit') ?? slide; element !== null; element = element.parentElement) opacity *= Number(getComputedStyle(element).opacity);
      return opacity;
    };
    new MutationObserver(() => {
      const slide = document.querySelector(".show .slide[data-phase='current']");
      if (slide === null || seen.has(slide)) return;
      seen.add(slide);
      const copy = slide.cloneNode(true) as Element;
      for (const element of [copy, ...copy.querySelectorAll('*')]) {
        element.removeAttribute('style');
        element.removeAttribute('data-fit-layouts');
      }
      const aheadOfApp = slide.closest('.show')?.hasAttribute('data-starting') ?? false;
      if (!aheadOfApp && recording.appAt === undefined) recording.appAt = performance.now();
      recording.painted.push({
        key: `${slide.getAttribute('data-slide-id')}:${slide.getAttribute('data-langs')}`,
        aheadOfApp,
        fontSize: (slide.querySelector('.slide-fit') as HTMLElement | null)?.dataset.fontSize,
        markup: copy.outerHTML,
        opacity: opacityOf(slide),
        animations: slide.getAnimations({ subtree: true }).map((animation) => (animation as CSSAnimation).animationName ?? 'script'),
      });
    }).observe(document, { subtree: true, childList: true, attributes: true });
    const sample = (): void => {
      const slide = document.querySelector(".show .slide[data-phase='current']");
      const at = performance.now();
      if (slide !== null) recording.samples.push({ at, opacity: opacityOf(slide) });
      if (recording.appAt !== undefined && at - recording.appAt > recordAfterAppMs) recording.done = true;
      else requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, RECORD_AFTER_APP_MS);
}

async function openRecorded(query = ''): Promise<{ page: Page; recording: Recording }> {
  const page = await freshContext().newPage();
  await recordStart(page);
  await page.goto(`${inject('showUrl')}${query}`);
  await page.waitForFunction(() => (window as unknown as { recording: Recording }).recording.done);
  const recording = await page.evaluate(() => (window as unknown as { recording: Recording }).recording);
  return { page, recording };
}

/** The names of the animations of the current slide and of the one leaving, and each one's first opacity. */
const slideAnimations = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.slide')].map((slide) => [
        slide.getAttribute('data-phase'),
        slide.getAnimations({ subtree: true }).map((animation) => ({
          name: (animation as CSSAnimation).animationName,
          from: Number(((animation.effect as KeyframeEffect | null)?.getKeyframes()[0]?.opacity as string | undefined) ?? Number.NaN),
        })),
      ]),
    ),
  );

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

  it('is legible at once, as still as a printed page: no fade in, never dimmed, the page\'s slide or the app\'s', async () => {
    const { recording } = await openRecorded();
    expect(recording.painted.map((painted) => painted.aheadOfApp)).toEqual([true, false]);
    for (const painted of recording.painted) {
      expect(painted.animations, `the ${painted.aheadOfApp ? "page's" : "app's"} slide`).toEqual([]);
      expect(painted.opacity, `the ${painted.aheadOfApp ? "page's" : "app's"} slide`).toBe(1);
    }
    // Every frame from the first slide's first to well past a crossfade after the app took it over.
    const appAt = recording.appAt ?? Number.NaN;
    expect(recording.samples.filter((sample) => sample.at > appAt + 450).length).toBeGreaterThan(0);
    const dimmed = recording.samples.filter((sample) => sample.opacity < 1);
    expect(dimmed, `opacities by frame: ${recording.samples.map((sample) => sample.opacity).join(' ')}`).toEqual([]);
  });

  it('still crossfades every slide change after it: the next slide fades in from 0 as the first fades out', async () => {
    const { page } = await openRecorded();
    // Hold the page's timers, so the slide fading out stays while the test looks (its fade ends on a timer).
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.slide').count()).toBe(2);
    expect(await slideAnimations(page)).toEqual({ leaving: [{ name: 'slide-leave', from: 1 }], current: [{ name: 'slide-enter', from: 0 }] });
    await page.clock.resume();
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
