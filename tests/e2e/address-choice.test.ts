import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankAddresses, type Interfaces } from '../../server/address-ranking';
import { describeServedShow } from '../../server/run-show-server';
import { readQrOnScreen } from './support/screenshot-pixels';
import { useServerScreens } from './support/server-screens';
import { saveScreenshot } from './support/show-page';

const screens = useServerScreens('yeondae-address-choice-e2e-');

/**
 * A laptop's interfaces with its addresses moved into loopback (127.0.0.2 for the Wi-Fi,
 * 127.0.0.3 for a VPN): the server shows them to pages, but binds 127.0.0.1 only, and
 * nothing ever connects to them.
 */
function laptopOnLoopback(): Interfaces {
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'server', 'fixtures', 'interfaces', 'vpn-up.json'), 'utf8')) as { interfaces: Interfaces };
  const moved: Record<string, string> = { '192.168.43.20': '127.0.0.2', '10.8.0.6': '127.0.0.3', '10.66.66.2': '127.0.0.4', '100.101.102.103': '127.0.0.5' };
  return Object.fromEntries(Object.entries(fixture.interfaces).map(([name, entries]) => [name, entries?.map((entry) => ({ ...entry, address: moved[entry.address] ?? entry.address }))]));
}

describe('choosing the address phones are shown, in the presenter view (real Chromium, loopback)', () => {
  it('lists the addresses best first with their interfaces; another choice changes the QR code and every printed address, and survives a restart', async () => {
    const dataFolder = screens.scratch();
    const ranked = rankAddresses(laptopOnLoopback(), 'tun0');
    expect(ranked.map((entry) => entry.interfaceName)).toEqual(['wlp2s0', 'tun0', 'wg0', 'tailscale0']);
    const server = await screens.startServer({ open: true, dataFolder, shownAddresses: ranked });
    const port = server.server.port;
    const presenter = await screens.openReady(`${server.url}presenter#key=${server.tokens.token('control')}`, { viewport: { width: 1366, height: 900 } });
    const choices = presenter.getByTestId('address-choice').getByRole('radio');
    await expect.poll(() => choices.count()).toBe(4);
    expect(await presenter.getByTestId('address-choice').textContent()).toContain('127.0.0.3 (tun0) — VPN');
    const qr = presenter.getByTestId('remote-qr');
    expect(await readQrOnScreen(qr)).toBe(`http://127.0.0.2:${port}/remote#key=${server.tokens.token('control')}`);

    // The choice is the server's: the radio shows it once the server has it (check() would
    // look the moment after the click, before the server's answer).
    const third = presenter.getByRole('radio', { name: /127\.0\.0\.3/u });
    await third.click();
    await expect.poll(() => third.isChecked()).toBe(true);
    await expect.poll(() => presenter.getByTestId('display-url').textContent()).toBe(`http://127.0.0.3:${port}/#key=${server.tokens.token('display')}`);
    expect(await presenter.getByTestId('remote-url').textContent()).toBe(`http://127.0.0.3:${port}/remote#key=${server.tokens.token('control')}`);
    await expect.poll(() => readQrOnScreen(qr)).toBe(`http://127.0.0.3:${port}/remote#key=${server.tokens.token('control')}`);
    expect(describeServedShow(server.server)).toContain(`audience screens   http://127.0.0.3:${port}/#key=`);
    await saveScreenshot(presenter, 'address-choice-presenter-en-1366x900');

    await screens.stopServer();
    const again = await screens.startServer({ open: true, dataFolder, shownAddresses: ranked, port });
    expect(again.server.network().displayUrl).toBe(`http://127.0.0.3:${port}/#key=${again.tokens.token('display')}`);
    await expect.poll(() => presenter.getByRole('radio', { name: /127\.0\.0\.3/u }).isChecked(), { timeout: 15_000 }).toBe(true);
  });

  it('says plainly when this computer is on no network phones can join', async () => {
    const server = await screens.startServer({ open: true, shownAddresses: [] });
    const presenter = await screens.openReady(`${server.url}presenter#key=${server.tokens.token('control')}`, { viewport: { width: 1366, height: 900 }, locale: 'ko-KR' });
    await expect.poll(() => presenter.getByTestId('unreachable').textContent()).toContain('핫스팟');
    expect(describeServedShow(server.server)).toContain('this computer is not on a network phones can join');
    await saveScreenshot(presenter, 'address-choice-unreachable-ko-1366x900');
  });
});
