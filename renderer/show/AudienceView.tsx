import type { ShowConnection } from '../connection/show-connection';
import { SlideView } from './SlideView';
import { useFrames, useShowSnapshot } from './use-show';
import { useKeyboard } from './use-keyboard';

/** What the audience sees: the current slide, fullscreen, or black. Never a control. */
export function AudienceView({ connection }: { readonly connection: ShowConnection }) {
  useKeyboard(connection);
  const snapshot = useShowSnapshot(connection);
  const frames = useFrames(snapshot?.deck, snapshot?.settings.languages);
  const frame = snapshot === undefined ? undefined : frames[snapshot.state.frame];
  const slide = frame === undefined ? undefined : snapshot?.deck.slides[frame.slideIndex];
  return (
    <main className="show" data-blank={snapshot?.state.blank ?? false} data-frame={snapshot?.state.frame}>
      {frame !== undefined && slide !== undefined && <SlideView key={`${slide.id}:${frame.lang}`} slide={slide} lang={frame.lang} />}
      <div className="blackout" aria-hidden="true" />
    </main>
  );
}
