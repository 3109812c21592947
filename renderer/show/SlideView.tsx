import type { Language, Slide } from '../../common/deck/deck';
import { useFit } from '../fit/use-fit';
import { OrganizationGrid } from './organizations/OrganizationGrid';
import { useContinuedEntrance } from './use-continued-entrance';
import { WholeWords } from './WholeWords';

interface SlideViewProps {
  readonly slide: Slide;
  /** The languages on screen: one, or (stacked) the primary first and the others smaller below. */
  readonly langs: readonly Language[];
  /** `current` is what the show is on; `leaving` fades out over it. */
  readonly phase: 'current' | 'leaving';
  /** The screen is blacked out: the slide stays painted under the black, but no screen reader may read it. */
  readonly blacked?: boolean;
}

/** One slide, its text fitted to the slide's safe area before it is painted. */
export function SlideView({ slide, langs, phase, blacked = false }: SlideViewProps) {
  const { boxRef, textRef } = useFit(slide, langs);
  const slideRef = useContinuedEntrance(slide, langs);
  return (
    <section
      ref={slideRef}
      className="slide"
      data-slide-id={slide.id}
      data-kind={slide.kind}
      data-langs={langs.join(' ')}
      data-phase={phase}
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
    </section>
  );
}

/** The signatory and the organizations, on the slides that have them. */
function SlideExtras({ slide }: { readonly slide: Slide }) {
  return (
    <>
      {slide.signatory !== undefined && <p className="slide-signatory">{slide.signatory}</p>}
      {slide.organizations !== undefined && slide.organizations.length > 0 && <OrganizationGrid organizations={slide.organizations} />}
    </>
  );
}
