import type { Language, Slide } from '../../common/deck/deck';
import { useFit } from '../fit/use-fit';
import { useContinuedEntrance } from './use-continued-entrance';
import { WholeWords } from './WholeWords';

interface SlideViewProps {
  readonly slide: Slide;
  /** The languages on screen: one, or (stacked) the primary first and the others smaller below. */
  readonly langs: readonly Language[];
  /** `current` is what the show is on; `leaving` fades out over it. */
  readonly phase: 'current' | 'leaving';
}

/** One slide, its text fitted to the slide's safe area before it is painted. */
export function SlideView({ slide, langs, phase }: SlideViewProps) {
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
      aria-hidden={phase === 'leaving'}
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
      {slide.organizations !== undefined && slide.organizations.length > 0 && (
        <ul className="slide-organizations">
          {slide.organizations.map((organization) => (
            <li key={organization.name}>
              {organization.name}
              {organization.link !== undefined && <span className="slide-organization-link"> {organization.link}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
