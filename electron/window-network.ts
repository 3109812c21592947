import type { NetworkInfo } from '../common/network/protocol';
import { CLIENT_VIEWS } from '../server/client-views';
import type { HostWindow } from './known-windows';
import { showsPresenterView } from './presenter-window';

/**
 * What a window is told of the show server, as a page on the network would be (the one
 * place that decides it, server/client-views.ts): the presenter view all of it, codes
 * included; an audience window what an audience screen is told, the read-along address
 * alone, for its QR code, or `null`, as when the show is not on the network: so a QR code
 * of an address no longer served goes away.
 */
export function networkForWindow(window: HostWindow, info: NetworkInfo | null): NetworkInfo | null {
  if (showsPresenterView(window) || info === null) return info;
  return CLIENT_VIEWS.display.network(info) ?? null;
}
