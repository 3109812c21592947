import type { Language, Slide } from '../../common/deck/deck';
import { useFit } from '../fit/use-fit';
import { WholeWords } from './WholeWords';

interface SlideViewProps {
  readonly slide: Slide;
  readonly lang: Language;
  /** `current` is what the show is on; `leaving` fades out over it. */
  readonly phase: 'current' | 'leaving';
}

/** One slide in one language, its text fitted to the screen's safe area before it is painted. */
export function SlideView({ slide, lang, phase }: SlideViewProps) {
  const { boxRef, textRef } = useFit(slide);
  return (
    <section
      className="slide"
      data-slide-id={slide.id}
      data-kind={slide.kind}
      data-lang={lang}
      data-phase={phase}
      aria-hidden={phase === 'leaving'}
    >
      <div className="slide-safe-area" ref={boxRef}>
        <div className="slide-text" lang={lang} ref={textRef}>
          <p className="slide-line">
            <WholeWords text={slide.text[lang] ?? ''} />
          </p>
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
        </div>
      </div>
    </section>
  );
}
