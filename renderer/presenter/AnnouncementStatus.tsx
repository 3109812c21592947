import type { ShowState } from '../../common/show/show-state';
import type { ShowConnection } from '../connection/show-connection';
import { formatDuration, useNow } from '../show/use-now';
import type { AnnouncementLabels } from './announcement-labels';

/** Which announcement is up and for how long more, with the button that takes it down; nothing while none is. */
export function AnnouncementStatus({ state, connection, labels }: { readonly state: ShowState; readonly connection: ShowConnection; readonly labels: AnnouncementLabels }) {
  const now = useNow(connection.now);
  const { announcement } = state;
  if (announcement === undefined) return null;
  return (
    <div className="announcement-status" data-testid="announcement-status" role="status">
      <span>
        {labels.upNow} <strong>{announcement.id ?? labels.typed}</strong>
        {announcement.endsAt !== undefined && <> · {labels.timeLeft(formatDuration(announcement.endsAt - now))}</>}
        {state.blank && <> · {labels.behindBlack}</>}
      </span>
      <button type="button" onClick={() => connection.send({ type: 'endAnnouncement' })}>
        {labels.takeDown}
      </button>
    </div>
  );
}
