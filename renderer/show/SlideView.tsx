import { memo, useState } from 'react';
import type { Language, Slide } from '../../common/deck/deck';
import { useFit } from '../fit/use-fit';
import { OrganizationGrid } from './organizations/OrganizationGrid';
import { ReadAlongCode } from './read-along/ReadAlongCode';
import { WholeWords } from './WholeWords';

/**
 * How a slide comes on screen: `fade` fades it in over the slide it replaces (show.css's
 * crossfade); `at-once` shows it as it is, for a slide with no slide before it to
 * crossfade from (the first, as the show starts), whose words a fade in would hold back.
 */
export type SlideEntrance = 'fade' | 'at-once';

interface SlideViewProps {
  readonly slide: Slide;
  /** The languages on screen: one, or (stacked) the primary first and the others smaller below. */
  readonly langs: readonly Language[];
  /** `current` is what the show is on; `leaving` fades out over it. */
  readonly phase: 'current' | 'leaving';
  /** The screen is blacked out: the slide stays painted under the black, but no screen reader may read it. */
  readonly blacked?: boolean;
  /** How it comes on screen; read when it does (a slide's entrance happens once). */
  readonly entrance?: SlideEntrance;
}

/** The same slide on screen the same way: the languages are compared by name, as a view builds a new list for every render. */
const sameSlide = (before: SlideViewProps, after: SlideViewProps): boolean =>
  before.slide === after.slide &&
  before.langs.join(' ') === after.langs.join(' ') &&
  before.phase === after.phase &&
  before.blacked === after.blacked &&
  before.entrance === after.entrance;

/**
 * One slide, its text fitted to the slide's safe area before it is painted. Rendered again
 * only when what it shows changes: the view renders on every snapshot and timer, and a
 * slide's words do not change with them.
 */
export const SlideView = memo(function SlideView({ slide, langs, phase, blacked = false, entrance: entranceNow = 'fade' }: SlideViewProps) {
  const { boxRef, textRef } = useFit(slide, langs);
  const [entrance] = useState(entranceNow);
  return (
    <section
      className="slide"
      data-slide-id={slide.id}
      data-kind={slide.kind}
      data-langs={langs.join(' ')}
      data-phase={phase}
      data-entrance={entrance}
      // Hidden from assistive technology, not only covered: a leaving slide is gone for a
      // sighted reader, and a blacked-out one is behind the black layer.
      aria-hidden={phase === 'leaving' || blacked}
      inert={phase === 'leaving' || blacked}
    >
      <div className="slide-safe-area" ref={boxRef}>
        <div className="slide-fit" ref={textRef}>
          {langs.map((lang, index) => (
            <div key={lang} className="slide-text" lang={lang} data-role={index === 0 ? 'primary' : 'secondary'}>
              <p className="slide-line">
                <WholeWords text={slide.text[lang] ?? ''} />
              </p>
              {index === 0 && <SlideExtras slide={slide} />}
            </div>
          ))}
        </div>
      </div>
      {slide.kind === 'read-along' && <ReadAlongCode />}
    </section>
  );
}, sameSlide);

/** The signatory and the organizations, on the slides that have them. */
function SlideExtras({ slide }: { readonly slide: Slide }) {
  return (
    <>
      {slide.signatory !== undefined && <p className="slide-signatory">{slide.signatory}</p>}
      {slide.organizations !== undefined && slide.organizations.length > 0 && <OrganizationGrid organizations={slide.organizations} />}
    </>
  );
}
