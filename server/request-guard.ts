import { isIP } from 'node:net';

/**
 * Whether a request's `Host` names this server as a person would: exactly an IP address,
 * `localhost`, this computer's own name (`laptop`), or its name on the local network
 * (`laptop.local`, mDNS). Anything else is a page on some other site whose name was
 * pointed at us (DNS rebinding), and is refused: `laptop.attacker.example` too, which an
 * attacker can give any address they like.
 */
export function isAllowedHost(host: string | undefined, machineName: string): boolean {
  if (host === undefined || host === '') return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  if (isIP(bare) !== 0 || bare === 'localhost') return true;
  const machine = machineName.toLowerCase();
  return machine !== '' && (bare === machine || bare === `${machine}.local`);
}

/** Whether a WebSocket upgrade comes from one of our own pages: its `Origin` is this very server. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  return origin !== undefined && host !== undefined && origin.toLowerCase() === `http://${host}`.toLowerCase();
}
