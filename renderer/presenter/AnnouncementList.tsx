import { canShowWritten } from '../../common/announcements/shown-announcement';
import type { WrittenAnnouncement } from '../../common/announcements/announcement';
import { LANGUAGES, type Language } from '../../common/deck/deck';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';
import { useNow } from '../show/use-now';
import { clockTimeText, type AnnouncementLabels } from './announcement-labels';

interface AnnouncementListProps {
  readonly snapshot: ShowSnapshot;
  readonly connection: ShowConnection;
  readonly labels: AnnouncementLabels;
}

const firstWords = (announcement: WrittenAnnouncement): { lang: Language; text: string } | undefined => {
  const lang = LANGUAGES.find((each) => announcement.text[each] !== undefined);
  return lang === undefined ? undefined : { lang, text: announcement.text[lang] ?? '' };
};

/**
 * The announcements written in advance, one button each: a click (or a tap on the remote)
 * puts it up on every screen. One whose countdown is to a time already past today is
 * listed, disabled, with why.
 */
export function AnnouncementList({ snapshot, connection, labels }: AnnouncementListProps) {
  const now = useNow(connection.now, 1000);
  const written = snapshot.announcements ?? [];
  const upNow = snapshot.state.announcement?.id;
  if (written.length === 0) return <p className="announcement-none">{labels.noneWritten}</p>;
  return (
    <ol className="announcement-list" data-testid="announcement-list">
      {written.map((announcement, index) => {
        const possible = canShowWritten(announcement, now);
        const until = announcement.countdown !== undefined && 'until' in announcement.countdown ? announcement.countdown.until : undefined;
        return (
          <li key={announcement.id}>
            <button
              type="button"
              data-announcement={announcement.id}
              aria-pressed={upNow === announcement.id}
              disabled={!possible}
              aria-describedby={possible ? undefined : `announcement-passed-${announcement.id}`}
              onClick={() => connection.send({ type: 'announce', id: announcement.id })}
            >
              <span className="announcement-number" aria-hidden="true">
                {index < 9 ? index + 1 : ''}
              </span>
              <span className="announcement-id">{announcement.id}</span>
              {/* One line of its words, in the first language it has: the id says which it is, this what it says. */}
              {firstWords(announcement) !== undefined && (
                <span className="announcement-words" lang={firstWords(announcement)?.lang}>
                  {firstWords(announcement)?.text}
                </span>
              )}
            </button>
            {!possible && until !== undefined && (
              <p className="announcement-passed" id={`announcement-passed-${announcement.id}`} data-testid="announcement-passed">
                {labels.timePassed(clockTimeText(until))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
