import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/show-server-harness';
import { connectClient } from '../support/socket-client';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-socket-');
let running: TestServer | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});
const start = async (options: { open?: boolean; maxClients?: number } = {}): Promise<TestServer> => (running = await startTestServer({ dataFolder: scratch(), ...options }));
const frame = (server: TestServer): number => server.store.getSnapshot().state.frame;

describe('the show server on this computer only', () => {
  it('welcomes a page with no token as a controller, sends the deck once and then each change', async () => {
    const server = await start();
    const client = await connectClient(server.socketUrl, server.origin, {});
    expect((await client.next('welcome')).capability).toBe('control');
    await client.next('deck');
    expect((await client.next('state')).settings?.mode).toBe('sequence');
    client.send({ type: 'command', id: 'c1', command: { type: 'next' } });
    await client.next('ack', (message) => message.id === 'c1');
    const moved = await client.next('state', (message) => message.state.frame === 1);
    expect(moved.settings).toBeUndefined();
    expect(moved.at).toBeGreaterThan(Date.now() - 1000);
    expect(client.messages.filter((message) => message.type === 'deck')).toHaveLength(1);
    expect(frame(server)).toBe(1);
  });

  it('applies a command sent twice with the same id once (a retry after a reconnect)', async () => {
    const server = await start();
    const first = await connectClient(server.socketUrl, server.origin, {});
    await first.next('welcome');
    first.send({ type: 'command', id: 'same', command: { type: 'next' } });
    await first.next('ack');
    first.close();
    const again = await connectClient(server.socketUrl, server.origin, {});
    await again.next('welcome');
    again.send({ type: 'command', id: 'same', command: { type: 'next' } });
    await again.next('ack');
    expect(frame(server)).toBe(1);
  });

  it('answers pings with its time, for the pages’ clocks', async () => {
    const server = await start();
    const client = await connectClient(server.socketUrl, server.origin, {});
    await client.next('welcome');
    const before = Date.now();
    client.send({ type: 'ping', id: 7 });
    const pong = await client.next('pong');
    expect(pong.id).toBe(7);
    expect(pong.serverTime).toBeGreaterThanOrEqual(before);
  });

  it('refuses an upgrade from another site, with no Origin, or on another path', async () => {
    const server = await start();
    await expect(connectClient(server.socketUrl, 'http://evil.example')).rejects.toThrow('403');
    await expect(new Promise((resolve, reject) => {
      const socket = new WebSocket(server.socketUrl);
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('open', () => reject(new Error('opened without an Origin')));
    })).resolves.toBe(403);
    await expect(connectClient(server.socketUrl.replace('show-socket', 'other'), server.origin)).rejects.toThrow('404');
  });
});

describe('the show server open to the network (bound to 127.0.0.1, network code path)', () => {
  it('refuses a page with no token, a wrong token, or a replaced one, and the show does not move', async () => {
    const server = await start({ open: true });
    const none = await connectClient(server.socketUrl, server.origin, {});
    expect((await none.next('refused')).reason).toBe('no-token');
    expect(await none.closed).toBe(4401);
    const wrong = await connectClient(server.socketUrl, server.origin, { token: 'x'.repeat(32) });
    expect((await wrong.next('refused')).reason).toBe('wrong-token');
    const old = server.tokens.token('control');
    const paired = await connectClient(server.socketUrl, server.origin, { token: old });
    await paired.next('welcome');
    server.server.replaceToken('control');
    expect((await paired.next('refused')).reason).toBe('token-replaced');
    expect(await paired.closed).toBe(4403);
    const stale = await connectClient(server.socketUrl, server.origin, { token: old });
    expect((await stale.next('refused')).reason).toBe('token-replaced');
    stale.send({ type: 'command', id: 'x', command: { type: 'next' } });
    expect(frame(server)).toBe(0);
  });

  it('lets a display token watch but not move the show', async () => {
    const server = await start({ open: true });
    const display = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('display') });
    expect((await display.next('welcome')).capability).toBe('display');
    display.send({ type: 'command', id: 'd1', command: { type: 'next' } });
    display.send({ type: 'replaceToken', capability: 'control' });
    display.send({ type: 'ping', id: 1 });
    await display.next('pong');
    expect(frame(server)).toBe(0);
    // Told the read-along address (for its QR code), and no other address or code.
    const told = display.messages.flatMap((message) => (message.type === 'network' ? [message.network] : []));
    expect(told).toEqual([{ open: true, addresses: [], readAlongUrl: expect.stringContaining(`read#key=${server.tokens.token('follow')}`) }]);
    const control = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
    expect((await control.next('network')).network).toMatchObject({ open: true, displayUrl: expect.stringContaining(`#key=${server.tokens.token('display')}`) });
    control.send({ type: 'command', id: 'c1', command: { type: 'next' } });
    await display.next('state', (message) => message.state.frame === 1);
  });

  it('tells an address that keeps guessing so at once, but lets the right code from it in', async () => {
    const server = await start({ open: true });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const guess = await connectClient(server.socketUrl, server.origin, { token: `guess-${attempt}-${'y'.repeat(30)}` });
      expect((await guess.next('refused')).reason).toBe('wrong-token');
    }
    const sixth = await connectClient(server.socketUrl, server.origin, { token: `guess-6-${'y'.repeat(30)}` });
    expect((await sixth.next('refused')).reason).toBe('too-many-attempts');
    const right = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
    expect((await right.next('welcome')).capability).toBe('control');
  });

  it('never counts a foreign page against its address: the right page from there still gets in', async () => {
    const server = await start({ open: true });
    for (let attempt = 0; attempt < 10; attempt += 1) await expect(connectClient(server.socketUrl, 'http://evil.example')).rejects.toThrow('403');
    const right = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
    expect((await right.next('welcome')).capability).toBe('control');
  });

  it('tells the page past the client limit that the show is full', async () => {
    const server = await start({ open: true, maxClients: 2 });
    const token = server.tokens.token('display');
    const pages = [await connectClient(server.socketUrl, server.origin, { token }), await connectClient(server.socketUrl, server.origin, { token })];
    await Promise.all(pages.map((page) => page.next('welcome')));
    const third = await connectClient(server.socketUrl, server.origin, { token });
    expect((await third.next('refused')).reason).toBe('too-many-clients');
    expect(await third.closed).toBe(1013);
  });
});
