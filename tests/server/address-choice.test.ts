import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressChoiceFile, withChoiceFirst } from '../../server/address-choice';
import type { ShownAddress } from '../../server/address-ranking';
import { recordingLogger } from '../support/recording-logger';
import { useScratchFolders } from '../support/scratch-folders';
import { startTestServer } from '../support/show-server-harness';
import { connectClient } from '../support/socket-client';

const scratch = useScratchFolders('yeondae-address-choice-');
const RANKED: ShownAddress[] = [
  { address: '192.168.1.20', interfaceName: 'wlan0', kind: 'main' },
  { address: '10.42.0.1', interfaceName: 'wlan1', kind: 'other' },
  { address: '10.8.0.6', interfaceName: 'tun0', kind: 'vpn' },
];

describe('the presenter’s choice of address', () => {
  it('comes first; found by its interface when the address changed since; ignored when neither is here any more', () => {
    expect(withChoiceFirst(RANKED, { address: '10.42.0.1', interfaceName: 'wlan1' }).map((entry) => entry.address)).toEqual(['10.42.0.1', '192.168.1.20', '10.8.0.6']);
    expect(withChoiceFirst(RANKED, { address: '10.42.0.9', interfaceName: 'wlan1' })[0]?.address).toBe('10.42.0.1');
    expect(withChoiceFirst(RANKED, { address: '172.20.0.3', interfaceName: 'eth7' })).toEqual(RANKED);
    expect(withChoiceFirst(RANKED, undefined)).toEqual(RANKED);
  });

  it('is kept in the data folder, and a file that is not one is said and left out', () => {
    const file = join(scratch(), 'network-address.json');
    const log = recordingLogger();
    const store = addressChoiceFile(file, log);
    expect(store.read()).toBeUndefined();
    store.write({ address: '10.42.0.1', interfaceName: 'wlan1' });
    expect(addressChoiceFile(file, log).read()).toEqual({ address: '10.42.0.1', interfaceName: 'wlan1' });
    const broken = join(scratch(), 'broken.json');
    addressChoiceFile(broken, log).write({ address: '1.2.3.4', interfaceName: 'x' });
    writeFileSync(broken, '[1, 2]');
    expect(addressChoiceFile(broken, log).read()).toBeUndefined();
    expect(log.lines.at(-1)).toContain('not an address choice');
  });

  it('is made by a controller only, from the server’s own addresses, and every controller hears of it', async () => {
    const server = await startTestServer({ dataFolder: scratch(), open: true, shownAddresses: RANKED });
    try {
      const presenter = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
      const other = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
      const screen = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('display') });
      await Promise.all([presenter.next('network'), other.next('network'), screen.next('welcome')]);
      screen.send({ type: 'chooseAddress', address: '10.8.0.6' });
      presenter.send({ type: 'chooseAddress', address: '203.0.113.9' });
      screen.send({ type: 'ping', id: 1 });
      await screen.next('pong');
      expect(server.server.network().chosenAddress).toBe('192.168.1.20');
      presenter.send({ type: 'chooseAddress', address: '10.42.0.1' });
      const told = await other.next('network', (message) => message.network.chosenAddress === '10.42.0.1');
      expect(told.network.displayUrl).toMatch(/^http:\/\/10\.42\.0\.1:\d+\/#key=/u);
      expect(told.network.choices?.map((entry) => entry.address)).toEqual(RANKED.map((entry) => entry.address));
      // A screen is never told the codes or the addresses to choose from (at most the read-along address it shows).
      for (const message of screen.messages) if (message.type === 'network') expect(message.network).not.toHaveProperty('choices');
      expect(JSON.stringify(screen.messages)).not.toContain(server.tokens.token('control'));
    } finally {
      await server.stop();
    }
  });
});
