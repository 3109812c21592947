import type { ShownAnnouncement } from '../../common/announcements/shown-announcement';
import type { Language } from '../../common/deck/deck';
import { announcementWords } from '../show/overlay/announcement-words';
import { useSecondBoundary } from '../show/overlay/use-second-boundary';
import { languagesToRead, type ReadingChoice } from './reading-choice';

/**
 * The announcement the screens show, as a banner over the statement on the reader's
 * phone, in the languages they read (all it has when it has none of them), its clock on
 * the show server's time. Hidden from screen readers: the page's
 * `AnnouncementAlert` says it once.
 */
interface ReadAnnouncementProps {
  readonly announcement: ShownAnnouncement;
  readonly now: () => number;
  readonly choice: ReadingChoice;
  readonly order: readonly Language[];
}

export function ReadAnnouncement({ announcement, now, choice, order }: ReadAnnouncementProps) {
  const words = announcementWords(announcement, useSecondBoundary(now, announcement.endsAt));
  return (
    <section className="read-announcement" data-testid="read-announcement" aria-hidden="true">
      {languagesToRead(announcement, choice, order).map((lang) => (
        <p key={lang} lang={lang}>
          {words[lang]}
        </p>
      ))}
    </section>
  );
}
