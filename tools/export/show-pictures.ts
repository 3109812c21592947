import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Deck } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';
import type { LoopTurn } from '../../common/show/loop-turns';
import type { ShowState } from '../../common/show/show-state';
import type { ExportSize } from './export-args';
import { pageScript } from './page-scripts';
import './page/page-api';

/**
 * The moment the page's clock stands at, always the same, so that two exports of the same
 * content draw the same pixels. Only the page's timers run on it (the crossfade's end, the
 * app's start); nothing the page draws shows the time.
 */
const PAGE_TIME = Date.UTC(2024, 0, 1, 12);
/** The page's start: its first paint, the app loading a frame after, and the app's own wait for it (renderer/main.ts). */
const START_UP_MS = 600;

/** The show in a page at the export's size, driven turn by turn, and photographed. */
export interface ShowPictures {
  /** How long the show's crossfade lasts, in ms (show.css). */
  readonly crossfadeMs: number;
  /**
   * Puts `turn` on screen, crossfading from what was there as the show does, and waits
   * until it is drawn as the show draws it: fitted, in its fonts, its QR codes made.
   */
  show(turn: LoopTurn): Promise<void>;
  /** A PNG (base64) of the crossfade into the turn last shown, `atMs` after it began. */
  crossfade(atMs: number): Promise<string>;
  /** Lets the crossfade end, as the show's own timer ends it, and returns a PNG (base64) of the still. */
  still(): Promise<string>;
  close(): Promise<void>;
}

/** What the host tells the app for a turn: that frame and language turn on screen, the loop not counting (see README, Export). */
const stateOf = (turn: LoopTurn): ShowState => ({ frame: turn.frame, langTurn: turn.langTurn, blank: false, loop: 'off', shownAt: PAGE_TIME, interactedAt: PAGE_TIME, startedAt: PAGE_TIME });

/** A frame of the page's clock, the step it moves by while the show's change settles. */
const FRAME_MS = 16;
/** The most page time a change may take to settle after its crossfade: far more than the show's own margin. */
const SETTLE_AT_MOST_MS = 1000;

/** The longest the page may take to draw a slide or end a crossfade: far more than any does, short of a page that hangs. */
const DRAW_TIMEOUT_MS = 30_000;

/** `work`, or an error saying what did not happen if it takes longer than DRAW_TIMEOUT_MS. */
async function within<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${DRAW_TIMEOUT_MS / 1000} s`)), DRAW_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens the built show at `showUrl` in a page of `size` CSS pixels at one device pixel
 * each, starting on `first`. The page runs the app as Electron runs it, with the export
 * as its host (page/show-host.ts), on a clock of its own that moves only when the export
 * says: the crossfade is drawn at exact moments of the show's own animation, however
 * long each picture takes. Screens that ask for reduced motion get no crossfade; the
 * export asks for the show's normal motion.
 */
export async function openShowPictures(browser: Browser, showUrl: string, show: { readonly deck: Deck; readonly settings: Settings }, size: ExportSize, first: LoopTurn, options: { readonly compact: boolean }): Promise<ShowPictures> {
  const context: BrowserContext = await browser.newContext({ viewport: size, deviceScaleFactor: 1, reducedMotion: 'no-preference' });
  try {
    await context.clock.install({ time: PAGE_TIME - START_UP_MS });
    await context.clock.pauseAt(PAGE_TIME - START_UP_MS);
    const page: Page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const host = await pageScript('showHost');
    await page.addInitScript({ content: `${host}\nwindow.startExportHost(${JSON.stringify({ deck: show.deck, settings: show.settings, state: stateOf(first) })});` });
    await page.goto(showUrl);
    await page.locator(".show[data-ready='true']").waitFor();
    await context.clock.runFor(START_UP_MS);
    await page.locator(".show[data-ready='true']:not([data-starting]) .slide[data-phase='current']").waitFor();
    if (problems.length > 0) throw new Error(`the show's page failed: ${problems.join('; ')}`);
    const cdp: CDPSession = await context.newCDPSession(page);
    const crossfadeMs = await page.evaluate(() => window.yeondaeExport?.crossfadeMs() ?? Number.NaN);
    if (!Number.isFinite(crossfadeMs)) throw new Error('the show page has no export host');
    const picture = async (): Promise<string> => {
      if (problems.length > 0) throw new Error(`the show's page failed: ${problems.join('; ')}`);
      // Lossless either way; faster to write for a video's many frames, smaller for images that are kept.
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: !options.compact });
      return data;
    };
    return {
      crossfadeMs,
      async show(turn) {
        const shown = page.evaluate(([state, slideId, langs]) => window.yeondaeExport?.show(state, slideId, langs), [stateOf(turn), turn.slideId, turn.langs] as const);
        const problem = await within(`the show did not draw slide ${turn.slideId} in ${turn.langs.join(' and ')}`, shown);
        if (problem !== undefined) throw new Error(`slide ${turn.slideId}: ${problem}`);
      },
      async crossfade(atMs) {
        const held = await page.evaluate((at) => window.yeondaeExport?.holdCrossfade(at) ?? 0, atMs);
        if (held !== 2) throw new Error(`expected the show to be crossfading two slides, found ${held} slide animations`);
        return picture();
      },
      async still() {
        // The show drops the slide that faded out by a timer of its own, as the change
        // settles, a little after the crossfade ends (renderer/show/use-slide-change.ts):
        // the page's clock goes on, a frame at a time, until it has.
        await context.clock.runFor(crossfadeMs);
        const leavingSlideThere = (): Promise<boolean> => page.evaluate(() => window.yeondaeExport?.leavingSlideThere() ?? false);
        for (let ran = 0; ran < SETTLE_AT_MOST_MS && (await leavingSlideThere()); ran += FRAME_MS) await context.clock.runFor(FRAME_MS);
        await within('the crossfade did not end', page.evaluate(() => window.yeondaeExport?.settle()));
        return picture();
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
