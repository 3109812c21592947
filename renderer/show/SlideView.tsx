import type { Language, Slide } from '../../common/deck/deck';

interface SlideViewProps {
  readonly slide: Slide;
  readonly lang: Language;
}

/** One slide in one language, centred in the screen's safe area. */
export function SlideView({ slide, lang }: SlideViewProps) {
  return (
    <section className="slide" data-slide-id={slide.id} data-kind={slide.kind} data-lang={lang}>
      <div className="slide-safe-area">
        <div className="slide-text" lang={lang}>
          <p className="slide-line">{slide.text[lang]}</p>
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
