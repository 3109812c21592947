import type { NetworkInfo } from '../../common/network/protocol';
import type { ShowConnection } from '../connection/show-connection';
import { QrCode } from '../show/organizations/QrCode';
import type { ReadAlongPanelLabels } from './read-along-labels';
import '../styles/presenter-read-along.css';

/** The read-along page in the network panel: its address and QR code for the crowd, and how to revoke it. */
export function ReadAlongPanel({ info, connection, labels }: { readonly info: NetworkInfo; readonly connection: ShowConnection; readonly labels: ReadAlongPanelLabels }) {
  if (info.readAlongUrl === undefined) return null;
  return (
    <section className="presenter-read-along" data-testid="read-along">
      {/* The code beside its words, not above them: the panel shares a small screen with the previews. */}
      <div role="img" aria-label={labels.qrAlt} data-testid="read-along-qr" className="presenter-read-along-code">
        <QrCode address={info.readAlongUrl} className="presenter-read-along-svg" />
      </div>
      <div>
        <h3>{labels.heading}</h3>
        <p className="presenter-read-along-caption">{labels.caption}</p>
        <p className="presenter-read-along-url" data-testid="read-along-url">
          {info.readAlongUrl}
        </p>
        <button type="button" className="presenter-small-button" onClick={() => connection.replaceToken('follow')}>
          {labels.replace}
        </button>
      </div>
    </section>
  );
}
