import { readFileSync } from 'node:fs';

/** RTF_UP in the kernel's route flags. */
const ROUTE_UP = 0x1;

/**
 * The interface of the default route in Linux's `/proc/net/route` table (its header, then
 * one route a line: Iface, Destination, Gateway, Flags, RefCnt, Use, Metric, …), the one
 * with the lowest metric where there are several (Wi-Fi and cable both up).
 */
export function parseDefaultRoute(table: string): string | undefined {
  let best: { name: string; metric: number } | undefined;
  for (const line of table.split('\n').slice(1)) {
    const [name, destination, , flags, , , metric] = line.trim().split(/\s+/u);
    if (name === undefined || destination !== '00000000' || (Number.parseInt(flags ?? '0', 16) & ROUTE_UP) === 0) continue;
    const cost = Number(metric);
    if (best === undefined || cost < best.metric) best = { name, metric: cost };
  }
  return best?.name;
}

/** The default route's interface on this computer, where the system tells (Linux); `undefined` elsewhere. */
export function readDefaultRoute(platform: string = process.platform, read: (path: string) => string = (path) => readFileSync(path, 'utf8')): string | undefined {
  if (platform !== 'linux') return undefined;
  try {
    return parseDefaultRoute(read('/proc/net/route'));
  } catch {
    return undefined;
  }
}
