import type { NetworkInfo } from '../common/network/protocol';
import { withChoiceFirst, type AddressChoiceStore } from './address-choice';
import { hasReachableAddress } from './address-ranking';
import type { ListenPlan } from './listen-plan';
import type { NetworkTokens } from './network-tokens';
import { createQrImages } from './qr-code';

/** The base address of the server at `address`, e.g. `http://192.168.1.20:8765/`. */
export const baseAddress = (address: string, port: number): string => `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;

/** What the presenter view shows of the server, and the presenter's choice of address. */
export interface ServerNetwork {
  info(): NetworkInfo;
  /** Puts `address` (one of the choices) first in every address and QR code, now and at the next start; `false` for an address that is not one. */
  choose(address: string): boolean;
  /** Calls `listener` after each change of what `info` says (a code replaced, an address chosen); returns the function that stops it. */
  onChange(listener: () => void): () => void;
}

/**
 * Builds the addresses the presenter view shows from the listen plan: the one in use first
 * (the presenter's choice, else the ranking's best), each page's address with its code, and
 * the remote's as a QR code. Every address and code a page is given is built here.
 */
export function createServerNetwork(options: { readonly plan: ListenPlan; readonly tokens: NetworkTokens; readonly port: () => number; readonly choice: AddressChoiceStore }): ServerNetwork {
  const { plan, tokens, choice } = options;
  const qrImage = createQrImages();
  const listeners = new Set<() => void>();
  const tell = (): void => {
    for (const listener of [...listeners]) listener();
  };
  tokens.onReplace(tell);
  const ordered = () => withChoiceFirst(plan.shownAddresses, choice.read());
  return {
    info() {
      const inUse = ordered();
      const addresses = inUse.map((entry) => baseAddress(entry.address, options.port()));
      if (!plan.open) return { open: false, addresses, editUrl: `${addresses[0] ?? baseAddress('127.0.0.1', options.port())}edit` };
      // With no address phones can reach, the pages' addresses still work on this computer.
      const first = addresses[0] ?? baseAddress('127.0.0.1', options.port());
      const control = tokens.token('control');
      const remoteUrl = `${first}remote#key=${control}`;
      return {
        open: true,
        addresses,
        // In the ranking's order, so that the list does not move under the presenter's hand.
        choices: plan.shownAddresses,
        ...(inUse[0] === undefined ? {} : { chosenAddress: inUse[0].address }),
        ...(hasReachableAddress(inUse) ? {} : { unreachable: true }),
        displayUrl: `${first}#key=${tokens.token('display')}`,
        presenterUrl: `${first}presenter#key=${control}`,
        editUrl: `${first}edit#key=${control}`,
        remoteUrl,
        remoteQr: qrImage(remoteUrl),
        readAlongUrl: `${first}read#key=${tokens.token('follow')}`,
      };
    },
    choose(address) {
      const chosen = plan.shownAddresses.find((entry) => entry.address === address);
      if (chosen === undefined) return false;
      choice.write({ address: chosen.address, interfaceName: chosen.interfaceName });
      tell();
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
