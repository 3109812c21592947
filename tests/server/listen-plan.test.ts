import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { planListen } from '../../server/listen-plan';

// Pure rules over a made-up list of interfaces: nothing here binds or connects anywhere.
const entry = (address: string, internal = false): NetworkInterfaceInfo => ({ address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` });
const MACHINE = { lo: [entry('127.0.0.1', true)], wlan0: [entry('192.168.1.20')], eth0: [entry('10.0.0.5')] };

describe('where the show server listens', () => {
  it('serves this computer only for off, local and a loopback address', () => {
    for (const setting of ['off', 'local', 'localhost', '127.0.0.1']) expect(planListen(setting, MACHINE)).toEqual({ host: '127.0.0.1', open: false, shownAddresses: [{ address: '127.0.0.1', interfaceName: 'lo', kind: 'main' }] });
  });

  it('opens to every interface with 0.0.0.0, showing this computer’s network addresses, the default route’s first', () => {
    expect(planListen('0.0.0.0', MACHINE, 'eth0').shownAddresses).toEqual([
      { address: '10.0.0.5', interfaceName: 'eth0', kind: 'main' },
      { address: '192.168.1.20', interfaceName: 'wlan0', kind: 'other' },
    ]);
    expect(planListen('0.0.0.0', MACHINE)).toMatchObject({ host: '0.0.0.0', open: true });
  });

  it('opens on one address of this computer, or on an interface by its name, even one the ranking leaves out', () => {
    expect(planListen('10.0.0.5', MACHINE)).toEqual({ host: '10.0.0.5', open: true, shownAddresses: [{ address: '10.0.0.5', interfaceName: 'eth0', kind: 'other' }] });
    expect(planListen('wlan0', MACHINE, 'wlan0')).toEqual({ host: '192.168.1.20', open: true, shownAddresses: [{ address: '192.168.1.20', interfaceName: 'wlan0', kind: 'main' }] });
    expect(planListen('docker0', { ...MACHINE, docker0: [entry('172.17.0.1')] }).shownAddresses).toEqual([{ address: '172.17.0.1', interfaceName: 'docker0', kind: 'other' }]);
  });

  it('never opens wider than asked: an address or name that is not this computer’s serves it alone, and says so', () => {
    const foreign = planListen('192.168.9.9', MACHINE);
    expect(foreign).toMatchObject({ host: '127.0.0.1', open: false });
    expect(foreign.problem).toContain('192.168.9.9 is not an address of this computer');
    const typo = planListen('wlan9', MACHINE);
    expect(typo).toMatchObject({ host: '127.0.0.1', open: false });
    expect(typo.problem).toContain('there is no network interface "wlan9" (this computer has lo, wlan0, eth0)');
  });
});
