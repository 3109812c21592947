import { isIP } from 'node:net';
import { rankAddresses, type Interfaces, type ShownAddress } from './address-ranking';

export type { Interfaces } from './address-ranking';

/** Where the show server listens, and who can reach it. */
export interface ListenPlan {
  /** The address to bind. */
  readonly host: string;
  /** Reachable from other machines: every page then needs a token. */
  readonly open: boolean;
  /**
   * The addresses other screens open, best first (`address-ranking.ts`), e.g. `192.168.1.20`
   * on `wlan0`; this computer only: `127.0.0.1`. Empty when open but no address is likely
   * reachable (only link-local, bridges or VPNs): the presenter view says so.
   */
  readonly shownAddresses: readonly ShownAddress[];
  /** What was wrong with the setting, when it could not be followed. */
  readonly problem?: string;
}

const THIS_COMPUTER: ShownAddress = { address: '127.0.0.1', interfaceName: 'lo', kind: 'main' };
const LOOPBACK: ListenPlan = { host: '127.0.0.1', open: false, shownAddresses: [THIS_COMPUTER] };

/**
 * A plan that binds `host` on loopback and yet takes the open path (every page needs its
 * code) when `open`: for tests and the benchmark, which must never leave loopback.
 */
export const loopbackPlan = (open: boolean, host = '127.0.0.1'): ListenPlan => ({ host, open, shownAddresses: [{ ...THIS_COMPUTER, address: host }] });

/** The address as the ranking sees it, or as the one address asked for when the ranking leaves it out (a bridge asked for by name). */
const asShown = (address: string, interfaceName: string, ranked: readonly ShownAddress[]): ShownAddress =>
  ranked.find((entry) => entry.address === address) ?? { address, interfaceName, kind: 'other' };

/**
 * Reads the `network` setting: `local` (or `off`, for the server alone) is this computer
 * only; `0.0.0.0` every interface, showing the addresses phones are likeliest to reach
 * first; an address of this computer that one; an interface's name its IPv4 address. A
 * name that matches nothing falls back to this computer only, and says so: a typo must
 * never open the show wider than was asked.
 */
export function planListen(setting: string, interfaces: Interfaces, defaultRouteInterface?: string): ListenPlan {
  if (setting === 'off' || setting === 'local' || setting === 'localhost' || setting === '127.0.0.1') return LOOPBACK;
  const ranked = rankAddresses(interfaces, defaultRouteInterface);
  if (setting === '0.0.0.0' || setting === '::') return { host: setting, open: true, shownAddresses: ranked };
  if (isIP(setting) !== 0) {
    const owner = Object.entries(interfaces).find(([, entries]) => entries?.some((entry) => entry.address === setting));
    if (owner !== undefined) return { host: setting, open: true, shownAddresses: [asShown(setting, owner[0], ranked)] };
    return { ...LOOPBACK, problem: `network: ${setting} is not an address of this computer; serving this computer only` };
  }
  const named = interfaces[setting]?.find((entry) => entry.family === 'IPv4');
  if (named !== undefined) return { host: named.address, open: !named.internal, shownAddresses: [named.internal ? { ...THIS_COMPUTER, address: named.address, interfaceName: setting } : asShown(named.address, setting, ranked)] };
  const known = Object.keys(interfaces).join(', ');
  return { ...LOOPBACK, problem: `network: there is no network interface "${setting}" (this computer has ${known || 'none'}); serving this computer only` };
}
