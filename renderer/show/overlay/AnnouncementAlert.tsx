import { useState } from 'react';
import type { ShownAnnouncement } from '../../../common/announcements/shown-announcement';
import type { Language } from '../../../common/deck/deck';
import { announcementLanguages, announcementWords } from './announcement-words';

interface AnnouncementAlertProps {
  /** The announcement on screen, or `undefined` when none is (or the screen is black). */
  readonly announcement: ShownAnnouncement | undefined;
  /** The show's clock, for the time left as it appears. */
  readonly now: () => number;
  readonly order: readonly Language[];
}

/**
 * A visually hidden alert that is always in the page, so that what goes into it is heard:
 * the announcement's words once, as it appears (on a screen that joins late, or when the
 * black screen lifts, with the time left then), each language in its own voice. Emptied
 * when it ends.
 */
export function AnnouncementAlert({ announcement, now, order }: AnnouncementAlertProps) {
  return (
    <div className="visually-hidden slide-announcement" role="alert" data-testid="announcement-alert">
      {announcement !== undefined && <AlertWords key={announcement.startedAt} announcement={announcement} now={now} order={order} />}
    </div>
  );
}

/** The words as they read when they appeared; they stay so, never read out again with each second. */
function AlertWords({ announcement, now, order }: { readonly announcement: ShownAnnouncement; readonly now: () => number; readonly order: readonly Language[] }) {
  const [words] = useState(() => announcementWords(announcement, now()));
  return announcementLanguages(announcement, order).map((lang) => (
    <p key={lang} lang={lang}>
      {words[lang]}
    </p>
  ));
}
