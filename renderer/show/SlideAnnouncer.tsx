import { useEffect, useState } from 'react';
import type { Language, Slide } from '../../common/deck/deck';
import { nextAnnouncement, SILENT, type Announcement } from './announcement';

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
  const spoken = useSpokenAfterSlide(next);
  return (
    <div className="visually-hidden slide-announcement" role="status" aria-live="polite" aria-atomic="true" data-testid="slide-announcement">
      {spoken.parts.map((part) => (
        <div key={part.lang} lang={part.lang}>
          {part.lines.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      ))}
    </div>
  );
}

/** How long after a slide appears its words go into the live region. */
const SPEAK_AFTER_MS = 120;

/**
 * The announcement, put into the live region a moment after its slide appeared rather than
 * with it. The region holds a second copy of the slide's words, which costs a layout of its
 * own: the slide's fit and first frame come first. Screen readers also announce a region
 * more reliably when it does not change in the same moment as the rest of the page, and a
 * quick run of key presses is heard as the one slide it ends on. Silence (black) is at once.
 */
function useSpokenAfterSlide(next: Announcement): Announcement {
  const [spoken, setSpoken] = useState(SILENT);
  useEffect(() => {
    // The words of the slide that left go at once: the region never holds what is off screen.
    setSpoken(SILENT);
    if (next.parts.length === 0) return undefined;
    const timer = setTimeout(() => setSpoken(next), SPEAK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [next]);
  return spoken;
}
