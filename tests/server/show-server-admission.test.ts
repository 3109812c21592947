import { hostname } from 'node:os';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { GUEST_ADDRESSES } from '../../tools/hostile-guests/attack-mix';
import { MAX_WAITING, MAX_WAITING_PER_ADDRESS } from '../../server/waiting-room';
import type { TestServer } from '../support/show-server-harness';
import { connectClient, type SocketClient } from '../support/socket-client';
import { useServerPerTest } from '../support/server-per-test';

const { start, keep, kept } = useServerPerTest('yeondae-admission-');

/** A socket with the right Origin that never says hello, from `localAddress`. Resolves once it is open. */
function silentSocket(server: TestServer, localAddress: string): Promise<WebSocket> {
  const socket = new WebSocket(server.socketUrl, { origin: server.origin, localAddress });
  keep(socket);
  socket.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
  });
}

const openSilently = (server: TestServer, perGuest: number): Promise<WebSocket[]> =>
  Promise.all(GUEST_ADDRESSES.flatMap((guest) => Array.from({ length: perGuest }, () => silentSocket(server, guest))));

describe('who gets into the show, with hostile guests on the network', () => {
  it('lets a screen with its code in while sixty silent sockets from six addresses try to fill the show', async () => {
    const server = await start();
    await openSilently(server, 10);
    const screen = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('display') });
    expect((await screen.next('welcome')).capability).toBe('display');
    const presenter = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') }, { localAddress: GUEST_ADDRESSES[0] });
    expect((await presenter.next('welcome')).capability).toBe('control');
    // The silent ones hold no more than their own small budget.
    expect(server.server.clientCount()).toBe(2);
  });

  it('keeps silent sockets to a few per address and a few dozen in all, cutting the oldest first', async () => {
    const server = await start();
    const first = await silentSocket(server, GUEST_ADDRESSES[0]);
    const closedFirst = new Promise<number>((resolve) => first.once('close', resolve));
    for (let index = 0; index < MAX_WAITING_PER_ADDRESS; index += 1) await silentSocket(server, GUEST_ADDRESSES[0]);
    // Cut at once (1006: no close handshake), not after a hello deadline.
    expect(await closedFirst).toBe(1006);
    await openSilently(server, MAX_WAITING_PER_ADDRESS);
    const stillOpen = kept().filter((socket) => socket.readyState === WebSocket.OPEN).length;
    expect(stillOpen).toBeLessThanOrEqual(MAX_WAITING);
  });

  it('counts only pages with a valid code against networkMaxClients', async () => {
    const server = await start({ maxClients: 2 });
    await openSilently(server, 2);
    const token = server.tokens.token('display');
    const screens: SocketClient[] = [];
    for (const guest of GUEST_ADDRESSES.slice(0, 2)) screens.push(await connectClient(server.socketUrl, server.origin, { token }, { localAddress: guest }));
    await Promise.all(screens.map((screen) => screen.next('welcome')));
    const third = await connectClient(server.socketUrl, server.origin, { token });
    expect((await third.next('refused')).reason).toBe('too-many-clients');
  });

  it('never lets wrong codes or foreign pages from an address keep the right code from it out', async () => {
    const server = await start();
    const guest = { localAddress: GUEST_ADDRESSES[1] };
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const wrong = await connectClient(server.socketUrl, server.origin, { token: `wrong-${attempt}-${'z'.repeat(30)}` }, guest);
      expect(['wrong-token', 'too-many-attempts']).toContain((await wrong.next('refused')).reason);
    }
    const phone = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') }, guest);
    expect((await phone.next('welcome')).capability).toBe('control');
  });

  it('refuses a page whose Host is this computer’s name under another domain (DNS rebinding), and takes name.local', async () => {
    const server = await start();
    const upgrade = (host: string): Promise<number> =>
      new Promise((resolve) => {
        const socket = new WebSocket(server.socketUrl, { origin: `http://${host}`, headers: { host } });
        keep(socket);
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => resolve(101));
        socket.on('error', () => undefined);
      });
    const name = hostname().toLowerCase();
    expect(await upgrade(`${name}.attacker.example:${server.server.port}`)).toBe(403);
    expect(await upgrade(`${name}.local:${server.server.port}`)).toBe(101);
  });
});

describe('what a watch-only screen is sent', () => {
  it('gets the deck, the state and the look of the slides, the read-along address alone of the network, but no problems and none of the host’s settings', async () => {
    const server = await start();
    const { deck, settings } = server.store.getSnapshot();
    server.store.replaceContent(deck, settings, { ...settings, exitKeys: 'Ctrl+Alt+End', networkPort: 9999, networkMaxClients: 7, display: 'epson', mode: 'stacked' });
    server.problems.set('content', ['/home/organizer/content/statement.yaml:3: warning: something']);
    const screen = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('display') });
    await screen.next('welcome');
    const state = await screen.next('state');
    const controller = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
    await controller.next('network');
    expect((await controller.next('problems')).problems).toHaveLength(1);
    server.problems.set('content', ['another problem']);
    await controller.next('problems', (message) => message.problems[0] === 'another problem');
    const types = new Set(screen.messages.map((message) => message.type));
    expect(types.has('problems')).toBe(false);
    // Of the network panel, only the read-along address it shows as a QR code: no other address or code.
    const networks = screen.messages.filter((message) => message.type === 'network');
    expect(networks.map((message) => message.network)).toEqual([{ open: true, addresses: [], readAlongUrl: `${server.url}read#key=${server.tokens.token('follow')}` }]);
    // The screen's settings: what a slide looks like, as the show has it; the machine's: only their defaults.
    expect(state.settings?.mode).toBe('stacked');
    expect((await controller.next('state')).settings).toMatchObject({ exitKeys: 'Ctrl+Alt+End', networkPort: 9999 });
    expect(state.settings).toMatchObject({ exitKeys: 'Ctrl+Shift+Q', networkPort: 8765, networkMaxClients: 50, display: 'external' });
  });
});
