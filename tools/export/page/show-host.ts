/**
 * Runs in the show page, before the app: the export takes the place of the Electron host.
 * The page gets the show through `window.yeondae`, the API the preload gives it
 * (common/ipc/contract.ts), so the app draws the export's snapshots exactly as it draws
 * main's. The host holds still: commands from the page (keys) change nothing.
 */
import type { YeondaeApi } from '../../../common/ipc/contract';
import type { ShowSnapshot } from '../../../common/show/show-store';
import type { ExportHostControls } from './page-api';

/** The show's crossfade animations (show.css): the entering slide's and the leaving one's. */
const CROSSFADE_ANIMATIONS = new Set(['slide-enter', 'slide-leave']);

function slideAnimations(): CSSAnimation[] {
  return document.getAnimations().filter((animation): animation is CSSAnimation => animation instanceof CSSAnimation && CROSSFADE_ANIMATIONS.has(animation.animationName));
}

/**
 * Resolves once `done()` is true, checking again at every change of the page. No timers:
 * the page's clock stands still while the export draws (see show-pictures.ts).
 */
function whenTrue(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  });
}

/** Whether the slide that faded out is still in the page. */
const leavingSlideThere = (): boolean => document.querySelector(".slide[data-phase='leaving']") !== null;

/** Whether the app shows `slideId` in `langs`, fitted, with every QR code drawn. */
function drawn(slideId: string, langs: string): boolean {
  const slide = [...document.querySelectorAll<HTMLElement>(".show[data-ready='true'] .slide[data-phase='current']")].find((element) => element.dataset.slideId === slideId && element.dataset.langs === langs);
  return slide !== undefined && slide.querySelector('.slide-fit[data-font-size]') !== null && slide.querySelector(".organization-code[data-ready='false']") === null;
}

/** Waits for every font the page has asked for; says which did not load, if any. */
async function fontProblem(): Promise<string | undefined> {
  await document.fonts.ready;
  const failed = [...document.fonts].filter((face) => face.status === 'error').map((face) => face.family);
  return failed.length === 0 ? undefined : `the font ${[...new Set(failed)].join(', ')} did not load`;
}

/** `450ms` or `0.45s` in ms. */
function cssTimeMs(value: string): number {
  const match = /^\s*([\d.]+)(ms|s)\s*$/u.exec(value);
  if (match === null) throw new Error(`show.css's --crossfade is not a time: "${value}"`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

window.startExportHost = (first: ShowSnapshot): void => {
  const listeners = new Set<(snapshot: ShowSnapshot) => void>();
  const api: YeondaeApi = {
    show: {
      send: () => undefined,
      getSnapshot: async () => first,
      onSnapshot(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    window: { toggleFullscreen: () => undefined, openPresenter: () => undefined },
    host: { getProblems: async () => [], onProblems: () => () => undefined },
    network: { get: async () => null, onChange: () => () => undefined, replaceToken: () => undefined, chooseAddress: () => undefined },
  };
  Object.defineProperty(window, 'yeondae', { value: api });
  const controls: ExportHostControls = {
    async show(state, slideId, langs) {
      // The same deck and settings objects each time, as the page already has them: only the place changes.
      const snapshot = { deck: first.deck, settings: first.settings, state };
      for (const listener of listeners) listener(snapshot);
      await whenTrue(() => drawn(slideId, langs.join(' ')));
      return fontProblem();
    },
    leavingSlideThere,
    async settle() {
      await whenTrue(() => !leavingSlideThere());
      for (const animation of slideAnimations()) animation.finish();
    },
    holdCrossfade(atMs) {
      const animations = slideAnimations();
      for (const animation of animations) {
        animation.pause();
        animation.currentTime = atMs;
      }
      return animations.length;
    },
    crossfadeMs: () => cssTimeMs(getComputedStyle(document.documentElement).getPropertyValue('--crossfade')),
  };
  window.yeondaeExport = controls;
};
