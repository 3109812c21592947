import type { Language, Slide } from '../../common/deck/deck';
import type { ShowConnection } from '../connection/show-connection';
import { useShowFonts } from '../fonts/use-show-fonts';
import { SlideView } from './SlideView';
import { useFrames, useShowSnapshot } from './use-show';
import { useKeyboard } from './use-keyboard';
import { useLeaving } from './use-leaving';
import { useReducedMotion } from './use-reduced-motion';

/** How long the outgoing slide takes to fade out; keep in step with show.css. */
const CROSSFADE_MS = 450;

interface ShownSlide {
  readonly key: string;
  readonly slide: Slide;
  readonly lang: Language;
}

/** What the audience sees: the current slide, fullscreen, or black. Never a control. */
export function AudienceView({ connection }: { readonly connection: ShowConnection }) {
  useKeyboard(connection);
  const snapshot = useShowSnapshot(connection);
  const fontsReady = useShowFonts(snapshot?.deck);
  const frames = useFrames(snapshot?.deck, snapshot?.settings.languages);
  const frame = snapshot === undefined ? undefined : frames[snapshot.state.frame];
  const slide = frame === undefined ? undefined : snapshot?.deck.slides[frame.slideIndex];
  const current: ShownSlide | undefined =
    fontsReady && frame !== undefined && slide !== undefined ? { key: `${slide.id}:${frame.lang}`, slide, lang: frame.lang } : undefined;
  const leaving = useLeaving(current, useReducedMotion() ? 0 : CROSSFADE_MS);
  return (
    <main className="show" data-blank={snapshot?.state.blank ?? false} data-frame={snapshot?.state.frame} data-ready={current !== undefined}>
      {/* One keyed list, so the slide that starts leaving keeps its element and its fitted size. */}
      {[leaving, current].map((shown) =>
        shown === undefined ? null : (
          <SlideView key={shown.key} slide={shown.slide} lang={shown.lang} phase={shown === current ? 'current' : 'leaving'} />
        ),
      )}
      <div className="blackout" aria-hidden="true" />
    </main>
  );
}
