import type { ShownAnnouncement } from '../../../common/announcements/shown-announcement';
import type { Language } from '../../../common/deck/deck';
import { announcementLanguages, announcementWords } from './announcement-words';

interface AnnouncementAlertProps {
  /** The announcement on screen, or `undefined` when none is (or the screen is black). */
  readonly announcement: ShownAnnouncement | undefined;
  readonly order: readonly Language[];
}

/**
 * A visually hidden alert that is always in the page, so that what goes into it is heard:
 * the announcement's words once, as it appears, each language in its own voice, with the
 * clock as it read then. Emptied when it ends.
 */
export function AnnouncementAlert({ announcement, order }: AnnouncementAlertProps) {
  const words = announcement === undefined ? undefined : announcementWords(announcement, announcement.startedAt);
  return (
    <div className="visually-hidden slide-announcement" role="alert" data-testid="announcement-alert">
      {announcement !== undefined &&
        words !== undefined &&
        announcementLanguages(announcement, order).map((lang) => (
          <p key={`${announcement.startedAt}-${lang}`} lang={lang}>
            {words[lang]}
          </p>
        ))}
    </div>
  );
}
