import { useMemo } from 'react';
import type { ShownAnnouncement } from '../../../common/announcements/shown-announcement';
import type { Language } from '../../../common/deck/deck';
import { useFit } from '../../fit/use-fit';
import { WholeWords } from '../WholeWords';
import { useSecondBoundary } from './use-second-boundary';
import { announcementLanguages, announcementSlide, announcementWords } from './announcement-words';

interface AnnouncementOverlayProps {
  readonly announcement: ShownAnnouncement;
  /** The show's clock (the server's, on a network screen), so every screen shows the same second. */
  readonly now: () => number;
  readonly order: readonly Language[];
}

/**
 * An announcement over the show, fitted as a slide is and in the theme's colours, its
 * languages stacked. Hidden from screen readers: `AnnouncementAlert` says it to them once,
 * where a running clock would be read out at every second.
 */
export function AnnouncementOverlay({ announcement, now, order }: AnnouncementOverlayProps) {
  const langs = useMemo(() => announcementLanguages(announcement, order), [announcement, order]);
  const slide = useMemo(() => announcementSlide(announcement), [announcement]);
  const { boxRef, textRef } = useFit(slide, langs);
  const words = announcementWords(announcement, useSecondBoundary(now, announcement.endsAt));
  return (
    <section className="slide announcement-overlay" data-testid="announcement" data-announcement={announcement.id ?? 'typed'} data-phase="current" data-entrance="at-once" aria-hidden="true">
      <div className="slide-safe-area" ref={boxRef}>
        <div className="slide-fit" ref={textRef}>
          {langs.map((lang, index) => (
            <div key={lang} className="slide-text" lang={lang} data-role={index === 0 ? 'primary' : 'secondary'}>
              <p className="slide-line">
                <WholeWords text={words[lang] ?? ''} />
              </p>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
