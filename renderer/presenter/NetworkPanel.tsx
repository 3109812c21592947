import type { NetworkInfo } from '../../common/network/protocol';
import type { NetworkStatus, ShowConnection } from '../connection/show-connection';
import type { NetworkLabels } from './presenter-labels';

/** What the presenter needs to know of the link to the show server, when there is one to lose. */
function linkNotice(link: NetworkStatus['link'], labels: NetworkLabels): string | undefined {
  switch (link.kind) {
    case 'offline':
      return labels.offline;
    case 'connecting':
      return labels.connecting;
    case 'refused':
      return link.message;
    default:
      return undefined;
  }
}

/** Addresses of an open server: who may open which, the phone remote's QR code, and buttons to revoke them. */
function OpenServer({ info, connection, labels }: { readonly info: NetworkInfo; readonly connection: ShowConnection; readonly labels: NetworkLabels }) {
  return (
    <div className="presenter-open-server">
      {info.remoteQr !== undefined && (
        <figure className="presenter-qr">
          <img src={info.remoteQr} alt={labels.qrAlt} data-testid="remote-qr" width={148} height={148} />
          <figcaption>{labels.qrCaption}</figcaption>
        </figure>
      )}
      <div>
        <p>{labels.openNotice}</p>
        <dl className="presenter-addresses">
          <dt>{labels.audienceScreens}</dt>
          <dd data-testid="display-url">{info.displayUrl}</dd>
          <dt>{labels.phoneRemote}</dt>
          <dd data-testid="remote-url">{info.remoteUrl}</dd>
          <dt>{labels.presenterView}</dt>
          <dd data-testid="presenter-url">{info.presenterUrl}</dd>
        </dl>
        <button type="button" className="presenter-small-button" onClick={() => connection.replaceToken('display')}>
          {labels.replaceScreens}
        </button>{' '}
        <button type="button" className="presenter-small-button" onClick={() => connection.replaceToken('control')}>
          {labels.replaceRemote}
        </button>
      </div>
    </div>
  );
}

/**
 * The show server in the presenter view: where other screens open the show and how to
 * revoke them, or how to open the show to them; and a clear notice when this view has
 * lost the server.
 */
export function NetworkPanel({ network, connection, labels }: { readonly network: NetworkStatus; readonly connection: ShowConnection; readonly labels: NetworkLabels }) {
  const notice = linkNotice(network.link, labels);
  const { info } = network;
  return (
    <section className="presenter-network" data-testid="network" data-link={network.link.kind} aria-label={labels.region}>
      {notice !== undefined && (
        <p className="presenter-network-notice" role="status">
          {notice}
        </p>
      )}
      {info?.open === true ? (
        <OpenServer info={info} connection={connection} labels={labels} />
      ) : info !== undefined ? (
        <p>{labels.localOnly(info.addresses[0] ?? '127.0.0.1')}</p>
      ) : (
        network.link.kind === 'local' && <p>{labels.notServed}</p>
      )}
    </section>
  );
}
