import { useState } from 'react';
import type { Language, Slide } from '../../common/deck/deck';
import { nextAnnouncement, SILENT } from './announcement';

interface SlideAnnouncerProps {
  /** The slide on screen and where (its frame); `undefined` while the screen is black or has no slide yet. */
  readonly shown: { readonly frame: number; readonly slide: Slide; readonly langs: readonly Language[] } | undefined;
}

/**
 * A visually hidden live region that tells a screen reader the words of each slide once,
 * when it appears, each language marked with its `lang` so the reader speaks it in the
 * right voice (reveal.js announces its slides the same way). Silent while the screen is black.
 */
export function SlideAnnouncer({ shown }: SlideAnnouncerProps) {
  const [announcement, setAnnouncement] = useState(SILENT);
  const next = nextAnnouncement(announcement, shown);
  // Derived during render (React's pattern for state that follows props); `next` is the
  // same object when nothing new appeared, which ends the loop.
  if (next !== announcement) setAnnouncement(next);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="slide-announcement">
      {next.parts.map((part) => (
        <div key={part.lang} lang={part.lang}>
          {part.lines.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      ))}
    </div>
  );
}
