import type { NetworkInfo } from '../../common/network/protocol';
import type { NetworkStatus, ShowConnection } from '../connection/show-connection';

/** What the presenter needs to know of the link to the show server, when there is one to lose. */
function linkNotice(link: NetworkStatus['link']): string | undefined {
  switch (link.kind) {
    case 'offline':
      return 'Lost the connection to the show. Trying again… (the screens keep showing the show meanwhile)';
    case 'connecting':
      return 'Connecting to the show…';
    case 'refused':
      return link.message;
    default:
      return undefined;
  }
}

/** Addresses of an open server: who may open which, the phone remote's QR code, and buttons to revoke them. */
function OpenServer({ info, connection }: { readonly info: NetworkInfo; readonly connection: ShowConnection }) {
  return (
    <div className="presenter-open-server">
      {info.remoteQr !== undefined && (
        <figure className="presenter-qr">
          <img src={info.remoteQr} alt="QR code of the phone remote's address" data-testid="remote-qr" width={148} height={148} />
          <figcaption>Scan with a phone on this network: it becomes the clicker.</figcaption>
        </figure>
      )}
      <div>
        <p>Open to the network. Every address carries a code: anyone who has it can open that page, so share the control addresses with care.</p>
        <dl className="presenter-addresses">
          <dt>Audience screens (watch)</dt>
          <dd data-testid="display-url">{info.displayUrl}</dd>
          <dt>Phone remote (control)</dt>
          <dd data-testid="remote-url">{info.remoteUrl}</dd>
          <dt>Presenter view (control)</dt>
          <dd data-testid="presenter-url">{info.presenterUrl}</dd>
        </dl>
        <button type="button" className="presenter-small-button" onClick={() => connection.replaceToken('display')}>
          Replace the screens' code
        </button>{' '}
        <button type="button" className="presenter-small-button" onClick={() => connection.replaceToken('control')}>
          Replace the remote code (phones and other presenter views)
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
export function NetworkPanel({ network, connection }: { readonly network: NetworkStatus; readonly connection: ShowConnection }) {
  const notice = linkNotice(network.link);
  const { info } = network;
  return (
    <section className="presenter-network" data-testid="network" data-link={network.link.kind} aria-label="Other screens">
      {notice !== undefined && (
        <p className="presenter-network-notice" role="status">
          {notice}
        </p>
      )}
      {info?.open === true ? (
        <OpenServer info={info} connection={connection} />
      ) : info !== undefined ? (
        <p>
          Other screens: only this computer can open the show ({info.addresses[0]}). To put it on other screens and pair a phone as the remote, start with
          --network=0.0.0.0.
        </p>
      ) : (
        network.link.kind === 'local' && <p>Other screens and a phone remote: start the show with --network=0.0.0.0 to put it on other screens and pair a phone.</p>
      )}
    </section>
  );
}
