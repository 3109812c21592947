import { isIP } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';

/** This computer's network interfaces, as `os.networkInterfaces()` gives them. */
export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Where the show server listens, and who can reach it. */
export interface ListenPlan {
  /** The address to bind. */
  readonly host: string;
  /** Reachable from other machines: every page then needs a token. */
  readonly open: boolean;
  /** The addresses other screens open, e.g. `192.168.1.20` (this computer only: `127.0.0.1`). */
  readonly shownAddresses: readonly string[];
  /** What was wrong with the setting, when it could not be followed. */
  readonly problem?: string;
}

const LOOPBACK: ListenPlan = { host: '127.0.0.1', open: false, shownAddresses: ['127.0.0.1'] };

const lanAddresses = (interfaces: Interfaces): string[] =>
  Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);

/**
 * Reads the `network` setting: `local` (or `off`, for the server alone) is this computer
 * only; `0.0.0.0` every interface; an address of this computer that one; an interface's
 * name its IPv4 address. A name that matches nothing falls back to this computer only,
 * and says so: a typo must never open the show wider than was asked.
 */
export function planListen(setting: string, interfaces: Interfaces): ListenPlan {
  if (setting === 'off' || setting === 'local' || setting === 'localhost' || setting === '127.0.0.1') return LOOPBACK;
  if (setting === '0.0.0.0' || setting === '::') {
    const shown = lanAddresses(interfaces);
    return { host: setting, open: true, shownAddresses: shown.length > 0 ? shown : ['127.0.0.1'] };
  }
  if (isIP(setting) !== 0) {
    const own = Object.values(interfaces).some((entries) => entries?.some((entry) => entry.address === setting));
    if (own) return { host: setting, open: true, shownAddresses: [setting] };
    return { ...LOOPBACK, problem: `network: ${setting} is not an address of this computer; serving this computer only` };
  }
  const named = interfaces[setting]?.find((entry) => entry.family === 'IPv4');
  if (named !== undefined) return { host: named.address, open: !named.internal, shownAddresses: [named.address] };
  const known = Object.keys(interfaces).join(', ');
  return { ...LOOPBACK, problem: `network: there is no network interface "${setting}" (this computer has ${known || 'none'}); serving this computer only` };
}
