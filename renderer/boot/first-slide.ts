import { charactersOfSlide } from '../../common/deck/deck-characters';
import { createFrameCache } from '../../common/show/show-model';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';
import { fitSlideText } from '../fit/fit-slide';
import { readFitGeometry } from '../fit/fit-text';
import { planSlideText } from '../fit/slide-text-plan';
import { loadShowFonts } from '../fonts/load-show-fonts';
import { listenForKeys } from '../show/listen-for-keys';
import { shownFrameAt, type ShownFrame } from '../show/shown-frame';
import { firstSlideElements, paintsAhead } from './first-slide-markup';

/** The first slide, painted by the page before the app (React and the views) has loaded. */
export interface FirstSlidePaint {
  /**
   * Settles once the first slide has been painted, or once the page has decided not to
   * paint it ahead of the app: the show is blank, its fonts did not load, it moved on.
   */
  readonly settled: Promise<void>;
  /** Stops painting ahead and taking keys: the app takes the slide on screen, if any, over. */
  handOver(): void;
}

/** The show's first snapshot, as soon as the connection has one. */
function firstSnapshot(connection: ShowConnection): Promise<ShowSnapshot> {
  return new Promise((resolve) => {
    const now = connection.getSnapshot();
    if (now !== undefined) return resolve(now);
    const stop = connection.subscribe(() => {
      const first = connection.getSnapshot();
      if (first === undefined) return;
      stop();
      resolve(first);
    });
  });
}

/** The frames of a deck under its settings, built once for both looks at the show below (its first state, and the latest). */
const framesOf = createFrameCache();

const shownIn = (snapshot: ShowSnapshot): ShownFrame | undefined => {
  const { state } = snapshot;
  return state.blank ? undefined : shownFrameAt(snapshot, framesOf(snapshot.deck, snapshot.settings), state.frame, state.langTurn);
};

/** The longest the page waits to hear that the slide it painted is on screen (a browser that keeps paint timing to itself never says). */
const PRESENTED_WAIT_MS = 200;

/**
 * Resolves once the frame with the slide just painted is on screen, as the browser's paint
 * timing reports it (the first contentful paint, which only that frame has); at the latest
 * `PRESENTED_WAIT_MS` after it. The app's own start, most of the page's script, waits for
 * this: on a busy machine it would take the cores that put that frame on screen.
 */
const afterPresented = (): Promise<void> =>
  new Promise((resolve) => {
    const observer = PerformanceObserver.supportedEntryTypes.includes('paint')
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length > 0) done();
        })
      : undefined;
    const timer = setTimeout(() => done(), PRESENTED_WAIT_MS);
    const done = (): void => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    observer?.observe({ type: 'paint', buffered: true });
  });

/**
 * Paints the slide the show is on into `root` as soon as the show's state and that
 * slide's glyphs are there, fitted as SlideView fits it, without waiting for React: a
 * kiosk that starts (or restarts after a crash) shows its slide sooner. It is the slide
 * of the show's own state (a saved place, the app's, the server's), never a guess: with
 * no state yet, nothing is painted. Keys work from the start. The slide is there at once,
 * with no fade in. The app, once loaded, replaces these elements with its own, identical
 * ones, as still.
 */
export function paintFirstSlide(root: HTMLElement, connection: ShowConnection): FirstSlidePaint {
  let handedOver = false;
  const stopKeys = listenForKeys(connection);
  const paint = async (): Promise<void> => {
    const snapshot = await firstSnapshot(connection);
    const shown = shownIn(snapshot);
    if (handedOver || shown === undefined || !paintsAhead(shown.slide) || !(await loadShowFonts(charactersOfSlide(shown.slide, shown.langs)))) return;
    // A key pressed, or the app's state arriving, while the fonts loaded: the app shows that.
    const latest = connection.getSnapshot();
    if (handedOver || latest === undefined || shownIn(latest)?.key !== shown.key) return;
    const elements = firstSlideElements(latest, shown);
    root.replaceChildren(elements.show);
    // Remembered (fit-slide.ts): the app's own element for this slide takes the same size without measuring.
    const geometry = readFitGeometry(elements.slide, elements.box, elements.text);
    fitSlideText({ slide: shown.slide, langs: shown.langs, text: elements.text, box: elements.box, geometry, blocks: planSlideText(shown.slide, shown.langs) });
    await afterPresented();
  };
  return {
    settled: paint().catch((error: unknown) => console.error('Yeondae: the first slide could not be painted ahead of the app', error)),
    handOver() {
      handedOver = true;
      stopKeys();
    },
  };
}
