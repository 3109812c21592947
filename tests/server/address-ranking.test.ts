import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasReachableAddress, isPrivateIpv4, rankAddresses, type Interfaces } from '../../server/address-ranking';
import { parseDefaultRoute, readDefaultRoute } from '../../server/default-route';

interface InterfaceFixture {
  readonly what: string;
  readonly defaultRoute?: string;
  readonly interfaces: Interfaces;
  /** address, interface, kind: best first. */
  readonly expected: readonly (readonly [string, string, string])[];
}

const FOLDER = join(import.meta.dirname, 'fixtures', 'interfaces');
const fixtures = readdirSync(FOLDER).map((name) => [name, JSON.parse(readFileSync(join(FOLDER, name), 'utf8')) as InterfaceFixture] as const);

describe('the addresses phones are offered, best first', () => {
  it('has a fixture for each kind of machine the issue names', () => {
    expect(fixtures.map(([name]) => name).sort()).toEqual(['hotspot.json', 'laptop-with-docker.json', 'link-local-wired-and-wifi.json', 'only-link-local.json', 'vpn-up.json', 'windows-names.json']);
  });

  it.each(fixtures)('%s', (_name, fixture) => {
    const ranked = rankAddresses(fixture.interfaces, fixture.defaultRoute);
    expect(ranked.map((address) => [address.address, address.interfaceName, address.kind]), fixture.what).toEqual(fixture.expected);
  });

  it('says when no address is one a phone in the room can reach: only link-local, bridges or VPNs', () => {
    const only = (name: string): InterfaceFixture => fixtures.find(([file]) => file === name)?.[1] ?? { what: '', interfaces: {}, expected: [] };
    expect(hasReachableAddress(rankAddresses(only('only-link-local.json').interfaces))).toBe(false);
    expect(hasReachableAddress(rankAddresses({ tailscale0: [{ address: '100.90.1.2', netmask: '255.255.255.255', family: 'IPv4', mac: '00:00:00:00:00:00', internal: false, cidr: '100.90.1.2/32' }] }))).toBe(false);
    expect(hasReachableAddress(rankAddresses(only('laptop-with-docker.json').interfaces, 'wlp0s20f3'))).toBe(true);
  });

  it('puts private addresses before a public one of a physical interface, and keeps the system’s order within a rank', () => {
    const entry = (address: string) => [{ address, netmask: '255.255.255.0', family: 'IPv4' as const, mac: '00:00:00:00:00:00', internal: false, cidr: `${address}/24` }];
    expect(rankAddresses({ eth0: entry('130.237.1.5'), eth1: entry('172.31.9.9'), wlan0: entry('192.168.8.2') }).map((address) => address.address)).toEqual(['172.31.9.9', '192.168.8.2', '130.237.1.5']);
    expect(isPrivateIpv4('172.32.0.1')).toBe(false);
    expect(isPrivateIpv4('172.16.0.1')).toBe(true);
  });
});

describe('the default route on Linux', () => {
  const header = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';
  it('is the interface of the 00000000 destination that is up, with the lowest metric', () => {
    const table = [header, 'eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0', 'wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0', 'wlan0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0'].join('\n');
    expect(parseDefaultRoute(table)).toBe('eth0');
    expect(parseDefaultRoute([header, 'eth0\t00000000\t0101A8C0\t0002\t0\t0\t100\t00000000\t0\t0\t0'].join('\n'))).toBeUndefined();
    expect(parseDefaultRoute(header)).toBeUndefined();
  });

  it('is not guessed on systems that do not tell', () => {
    expect(readDefaultRoute('darwin', () => 'eth0\t00000000')).toBeUndefined();
    expect(readDefaultRoute('linux', () => { throw new Error('no /proc'); })).toBeUndefined();
  });
});
