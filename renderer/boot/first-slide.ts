import { charactersOfSlide } from '../../common/deck/deck-characters';
import { largestSizePx } from '../../common/layout/type-scale';
import { createFrameCache } from '../../common/show/show-model';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';
import { fitTextToBox } from '../fit/fit-text';
import { planSlideText } from '../fit/slide-text-plan';
import { loadShowFonts } from '../fonts/load-show-fonts';
import { listenForKeys } from '../show/listen-for-keys';
import { shownFrameAt, type ShownFrame } from '../show/shown-frame';
import { handOverEntrance } from './entrance-handover';
import { firstSlideElements, paintsAhead } from './first-slide-markup';

/** The first slide, painted by the page before the app (React and the views) has loaded. */
export interface FirstSlidePaint {
  /**
   * Settles once the first slide has been painted, or once the page has decided not to
   * paint it ahead of the app: the show is blank, its fonts did not load, it moved on.
   */
  readonly settled: Promise<void>;
  /** Stops painting ahead, and hands the slide on screen, if any, to the app to take over. */
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

/** Resolves after the next frame has been painted. */
const afterNextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Paints the slide the show is on into `root` as soon as the show's state and that
 * slide's glyphs are there, fitted as SlideView fits it, without waiting for React: a
 * kiosk that starts (or restarts after a crash) shows its slide sooner. It is the slide
 * of the show's own state (a saved place, the app's, the server's), never a guess: with
 * no state yet, nothing is painted. Keys work from the start. The app, once loaded,
 * replaces these elements with its own, identical ones, and continues their fade in.
 */
export function paintFirstSlide(root: HTMLElement, connection: ShowConnection): FirstSlidePaint {
  let handedOver = false;
  let painted: { readonly key: string; readonly slide: HTMLElement } | undefined;
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
    const screen = { width: elements.slide.clientWidth, height: elements.slide.clientHeight };
    fitTextToBox(elements.text, elements.box, largestSizePx(screen), planSlideText(shown.slide, shown.langs));
    painted = { key: shown.key, slide: elements.slide };
    await afterNextPaint();
  };
  return {
    settled: paint().catch((error: unknown) => console.error('Yeondae: the first slide could not be painted ahead of the app', error)),
    handOver() {
      handedOver = true;
      stopKeys();
      const startTime = painted?.slide.getAnimations()[0]?.startTime;
      if (painted !== undefined && startTime !== undefined && startTime !== null) handOverEntrance(painted.key, startTime);
    },
  };
}
