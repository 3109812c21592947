import { useState } from 'react';
import type { Language, Slide } from '../../common/deck/deck';
import { nextAnnouncement, SILENT, type Announcement } from './announcement';

interface SlideAnnouncerProps {
  /** The slide on screen and where (its frame); `undefined` while the screen is black or has no slide yet. */
  readonly shown: { readonly frame: number; readonly slide: Slide; readonly langs: readonly Language[] } | undefined;
  /**
   * Whether the slide's change on screen has finished (use-slide-change.ts): its words go
   * into the live region then, not with the slide. The region holds a second copy of the
   * words, which costs a layout of its own: the slide's fit and first frame come first, and
   * the words go in with the end of the crossfade, in the frame that takes the leaving
   * slide away. Screen readers also announce a region more reliably when it does not change
   * in the same moment as the rest of the page, and a quick run of key presses is heard as
   * the one slide it ends on.
   */
  readonly settled: boolean;
}

/**
 * A visually hidden live region that tells a screen reader the words of each slide once,
 * when it appears, each language marked with its `lang` so the reader speaks it in the
 * right voice (reveal.js announces its slides the same way). Silent while the screen is
 * black, and while a slide is still coming on screen: the region never holds what is off screen.
 */
export function SlideAnnouncer({ shown, settled }: SlideAnnouncerProps) {
  const [announcement, setAnnouncement] = useState(SILENT);
  const next = nextAnnouncement(announcement, shown);
  // Derived during render (React's pattern for state that follows props); `next` is the
  // same object when nothing new appeared, which ends the loop.
  if (next !== announcement) setAnnouncement(next);
  const spoken = useSpokenOnceSettled(next, settled);
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

/**
 * The announcement the region holds: `next` once the change that brought it has settled,
 * silence until then (the words of the slide that left go at once). An announcement
 * already spoken stays as it is through later changes that bring nothing new (in-place
 * alternation), so the region does not change and nothing is said again.
 */
function useSpokenOnceSettled(next: Announcement, settled: boolean): Announcement {
  const [released, setReleased] = useState(SILENT);
  // Derived during render, as above: the words go in with the render that settles the change.
  if (settled && released !== next) setReleased(next);
  return released === next || settled ? next : SILENT;
}
