import type { NetworkInfo } from '../../common/network/protocol';
import type { NetworkStatus, ShowConnection } from '../connection/show-connection';
import type { NetworkLabels } from './presenter-labels';
import { ReadAlongPanel } from './ReadAlongPanel';

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

/**
 * This computer's addresses, best first, each with its interface: the one checked is in
 * every address and QR code above. A laptop with Docker, a VPN or a cable that found no
 * DHCP server has several, and only the presenter can tell which network the phones are on.
 */
function AddressChoice({ info, connection, labels }: { readonly info: NetworkInfo; readonly connection: ShowConnection; readonly labels: NetworkLabels }) {
  const choices = info.choices ?? [];
  if (choices.length < 2) return null;
  return (
    <fieldset className="presenter-address-choice" data-testid="address-choice">
      <legend>{labels.addressChoice}</legend>
      {choices.map((choice) => (
        <label key={choice.address}>
          <input type="radio" name="server-address" value={choice.address} checked={choice.address === info.chosenAddress} onChange={() => connection.chooseAddress(choice.address)} />
          {` ${choice.address} (${choice.interfaceName})`}
          {choice.kind === 'vpn' && <span className="presenter-address-note">{` — ${labels.vpnAddress}`}</span>}
        </label>
      ))}
    </fieldset>
  );
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
        <ReadAlongPanel info={info} connection={connection} labels={labels.readAlong} />
        <AddressChoice info={info} connection={connection} labels={labels} />
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
      {info?.unreachable === true && (
        <p className="presenter-network-notice" role="status" data-testid="unreachable">
          {labels.unreachable}
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
