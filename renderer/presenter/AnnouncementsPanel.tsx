import type { UiLanguage } from '../../common/settings/presenter-settings';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';
import { ANNOUNCEMENT_LABELS } from './announcement-labels';
import { AnnouncementList } from './AnnouncementList';
import { AnnouncementStatus } from './AnnouncementStatus';
import { TypedAnnouncement } from './TypedAnnouncement';

/** The presenter view's announcements: the one up and its time left, the written ones to put up, and a message of one's own. */
export function AnnouncementsPanel({ snapshot, connection, language }: { readonly snapshot: ShowSnapshot; readonly connection: ShowConnection; readonly language: UiLanguage }) {
  const labels = ANNOUNCEMENT_LABELS[language];
  return (
    <section className="presenter-announcements" data-testid="announcements" aria-labelledby="announcements-heading">
      <h2 id="announcements-heading" title={labels.keyHint}>
        {labels.heading}
      </h2>
      <AnnouncementStatus state={snapshot.state} connection={connection} labels={labels} />
      <AnnouncementList snapshot={snapshot} connection={connection} labels={labels} />
      <TypedAnnouncement connection={connection} labels={labels} />
    </section>
  );
}
