import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../common/network/protocol';
import { buildFrames } from '../../common/show/frames';
import { MAX_WAITING_READERS } from '../../server/read-along-hub';
import type { TestServer } from '../support/show-server-harness';
import { connectClient, type SocketClient } from '../support/socket-client';
import { useServerPerTest } from '../support/server-per-test';

const { start, keep } = useServerPerTest('yeondae-read-along-');

/** A read-along page saying hello with `token` (the follow code unless given; `null`: none). */
const reader = (server: TestServer, token: string | null = server.tokens.token('follow')): Promise<SocketClient> => connectClient(server.readSocketUrl, server.origin, token === null ? {} : { token });
const screen = (server: TestServer, capability: 'display' | 'control' = 'display'): Promise<SocketClient> => connectClient(server.socketUrl, server.origin, { token: server.tokens.token(capability) });

/** A GET of `path` with `headers`, its body as bytes. */
function get(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port: server.server.port, path, headers: { host: `127.0.0.1:${server.server.port}`, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

const readings = (client: SocketClient) => client.messages.filter((message): message is Extract<ServerMessage, { type: 'reading' }> => message.type === 'reading');
/** Resolves once `client` has heard a ping of its own (none is sent to any) and the server answered: everything sent before is in. */
const settled = async (server: TestServer): Promise<void> => {
  const probe = await screen(server, 'control');
  probe.send({ type: 'ping', id: 99 });
  await probe.next('pong');
  await new Promise((resolve) => setImmediate(resolve));
  probe.close();
};

describe('the read-along socket', () => {
  it('lets the follow code read along: a welcome, then where the show is, in the deck the server serves', async () => {
    const server = await start();
    const phone = await reader(server);
    expect((await phone.next('welcome')).capability).toBe('follow');
    const first = await phone.next('reading');
    const deck = await get(server, '/deck.json');
    expect(deck.status).toBe(200);
    expect(deck.headers.etag).toBe(`"${first.deck}"`);
    expect(JSON.parse(deck.body.toString())).toEqual(server.store.getSnapshot().deck);
    expect(first.slide).toBe(0);
    expect(server.server.readerCount()).toBe(1);
    expect(server.server.clientCount()).toBe(0);
  });

  it('may only watch: a command, a ping or a code replacement does nothing, and it is sent no state, problems, network or deck', async () => {
    const server = await start();
    const controller = await screen(server, 'control');
    await controller.next('network');
    const phone = await reader(server);
    await phone.next('reading');
    const follow = server.tokens.token('follow');
    phone.send({ type: 'command', id: 'r1', command: { type: 'next' } });
    phone.send({ type: 'replaceToken', capability: 'follow' });
    phone.send({ type: 'ping', id: 1 });
    server.problems.set('content', ['/home/organizer/content/statement.yaml:3: warning: something']);
    await controller.next('problems', (message) => message.problems.length === 1);
    server.tokens.replace('display');
    await controller.next('network', (message) => message.network.displayUrl?.includes(server.tokens.token('display')) === true);
    controller.send({ type: 'command', id: 'c1', command: { type: 'next' } });
    await phone.next('reading', (message) => message.slide === 0 && readings(phone).length >= 1);
    await settled(server);
    expect(server.store.getSnapshot().state.frame).toBe(1);
    expect(server.tokens.token('follow')).toBe(follow);
    expect(new Set(phone.messages.map((message) => message.type))).toEqual(new Set(['welcome', 'reading']));
    // Nothing a reader is sent names a file, an address or a code.
    const text = JSON.stringify(phone.messages);
    for (const secret of [server.tokens.token('display'), server.tokens.token('control'), follow, '127.0.0.1', 'statement.yaml']) expect(text).not.toContain(secret);
  });

  it('sends only what a reader sees change: a new slide, not its next language, the black screen or the loop', async () => {
    const server = await start();
    const controller = await screen(server, 'control');
    const phone = await reader(server);
    await phone.next('reading');
    const { deck, settings } = server.store.getSnapshot();
    const frames = buildFrames(deck, settings.languages, settings.mode);
    // Frame 1 is the first slide in its second language: the same slide for a reader.
    expect(frames[1]?.slideIndex).toBe(0);
    for (const command of [{ type: 'next' }, { type: 'toggleBlank' }, { type: 'toggleBlank' }, { type: 'toggleLoop' }, { type: 'toggleLoop' }, { type: 'next' }] as const) {
      controller.send({ type: 'command', id: `c-${Math.random()}`, command });
    }
    await phone.next('reading', (message) => message.slide === 1);
    await settled(server);
    expect(readings(phone).map((message) => message.slide)).toEqual([0, 1]);
  });

  it('is refused a screen’s or the remote’s code, and the follow code opens no screen', async () => {
    const server = await start();
    for (const capability of ['display', 'control'] as const) expect((await (await reader(server, server.tokens.token(capability))).next('refused')).reason).toBe('wrong-token');
    expect((await (await reader(server, null)).next('refused')).reason).toBe('no-token');
    const onScreenSocket = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('follow') });
    expect((await onScreenSocket.next('refused')).reason).toBe('wrong-token');
    expect(server.server.clientCount()).toBe(0);
  });

  it('on this computer only, lets a reader in without a code, still as a reader', async () => {
    const server = await start({ open: false });
    const phone = await reader(server, null);
    expect((await phone.next('welcome')).capability).toBe('follow');
    phone.send({ type: 'command', id: 'r1', command: { type: 'next' } });
    await settled(server);
    expect(server.store.getSnapshot().state.frame).toBe(0);
  });
});

describe('replacing codes', () => {
  it('replacing the follow code disconnects every reader and no screen; the old code is told it was replaced, the new one reads', async () => {
    const server = await start();
    const [display, controller] = await Promise.all([screen(server), screen(server, 'control')]);
    await Promise.all([display.next('welcome'), controller.next('network')]);
    const phones = await Promise.all([reader(server), reader(server), reader(server)]);
    await Promise.all(phones.map((phone) => phone.next('reading')));
    const old = server.tokens.token('follow');
    controller.send({ type: 'replaceToken', capability: 'follow' });
    for (const phone of phones) {
      expect((await phone.next('refused')).reason).toBe('token-replaced');
      expect(await phone.closed).toBe(4403);
    }
    // The screens stay, and are told the new read-along address for their QR code.
    const told = await display.next('network', (message) => message.network.readAlongUrl?.endsWith(server.tokens.token('follow')) === true);
    expect(told.network.readAlongUrl).not.toContain(old);
    controller.send({ type: 'command', id: 'c1', command: { type: 'next' } });
    await display.next('state', (message) => message.state.frame === 1);
    expect(display.socket.readyState).toBe(WebSocket.OPEN);
    expect(server.server.clientCount()).toBe(2);
    expect((await (await reader(server, old)).next('refused')).reason).toBe('token-replaced');
    expect((await (await reader(server)).next('welcome')).capability).toBe('follow');
  });

  it('replacing a screens’ or the remote code disconnects no reader', async () => {
    const server = await start();
    const display = await screen(server);
    await display.next('welcome');
    const phone = await reader(server);
    await phone.next('reading');
    server.tokens.replace('display');
    server.tokens.replace('control');
    expect((await display.next('refused')).reason).toBe('token-replaced');
    server.store.dispatch({ type: 'last' });
    await phone.next('reading', (message) => message.slide > 0);
    expect(phone.socket.readyState).toBe(WebSocket.OPEN);
    expect(server.server.readerCount()).toBe(1);
  });
});

describe('readers at their cap', () => {
  it('refuses the reader past networkMaxReaders, and never a screen or a controller; readers count nothing against networkMaxClients', async () => {
    const server = await start({ maxReaders: 3, maxClients: 2 });
    const phones = await Promise.all([reader(server), reader(server), reader(server)]);
    await Promise.all(phones.map((phone) => phone.next('welcome')));
    expect((await (await reader(server)).next('refused')).reason).toBe('too-many-clients');
    const display = await screen(server);
    const controller = await screen(server, 'control');
    expect((await display.next('welcome')).capability).toBe('display');
    expect((await controller.next('welcome')).capability).toBe('control');
    expect(server.server.clientCount()).toBe(2);
    expect(server.server.readerCount()).toBe(3);
  });

  it('keeps silent read-along sockets in a room of their own: a full one never pushes out a screen saying hello', async () => {
    const server = await start();
    // Sixty-four guest addresses, four silent sockets each: the readers' room, full.
    const addresses = Array.from({ length: MAX_WAITING_READERS / 4 }, (_unused, index) => `127.0.0.${100 + index}`);
    await Promise.all(
      addresses.flatMap((localAddress) =>
        Array.from({ length: 4 }, () => {
          const socket = new WebSocket(server.readSocketUrl, { origin: server.origin, localAddress });
          keep(socket);
          socket.on('error', () => undefined);
          return new Promise((resolve) => socket.once('open', resolve));
        }),
      ),
    );
    const display = await screen(server);
    expect((await display.next('welcome')).capability).toBe('display');
    const phone = await reader(server);
    expect((await phone.next('welcome')).capability).toBe('follow');
  });
});

describe('the log, for readers', () => {
  it('names no reader’s address, whatever it did: a wrong or replaced code, silence, a crowded room, a flood, a bad message, a foreign page, the cap', async () => {
    const server = await start({ maxReaders: 1 });
    const guests = Array.from({ length: 9 }, (_unused, index) => `127.0.0.${60 + index}`);
    const from = (localAddress: string, token?: string) => connectClient(server.readSocketUrl, server.origin, token === undefined ? undefined : { token }, { localAddress });
    const follow = () => server.tokens.token('follow');
    const [kept, wrong, replaced, silent, crowded, flood, bad, foreign, full] = guests as [string, string, string, string, string, string, string, string, string];
    const ok = await from(kept, follow());
    await ok.next('welcome');
    expect((await (await from(wrong, `wrong-${'x'.repeat(40)}`)).next('refused')).reason).toBe('wrong-token');
    const old = follow();
    server.tokens.replace('follow');
    expect((await ok.next('refused')).reason).toBe('token-replaced');
    expect((await (await from(replaced, old)).next('refused')).reason).toBe('token-replaced');
    const quiet = await from(silent);
    const crowd = await Promise.all(Array.from({ length: 5 }, () => from(crowded)));
    await Promise.all([quiet.closed, ...crowd.map((socket) => socket.closed)]);
    const flooding = await from(flood, follow());
    await flooding.next('welcome');
    for (let index = 0; index < 400; index += 1) flooding.send({ type: 'ping', id: index });
    await flooding.closed;
    const confused = await from(bad);
    confused.send('not json');
    await confused.closed;
    const stranger = new WebSocket(server.readSocketUrl, { origin: 'http://evil.example', localAddress: foreign });
    stranger.on('error', () => undefined);
    await new Promise((resolve) => stranger.once('unexpected-response', resolve));
    const first = await reader(server);
    await first.next('welcome');
    expect((await (await from(full, follow())).next('refused')).reason).toBe('too-many-clients');
    const lines = () => server.log.lines.join('\n');
    for (const said of ['wrong code', 'was replaced', 'did not say who it is', 'too many were waiting', 'too many, too fast', 'does not know', "not from one of the show's own pages", 'networkMaxReaders']) expect(lines()).toContain(said);
    for (const address of guests) expect(lines()).not.toContain(address);
    await server.stop();
    // The counts said at the end name no address either.
    for (const address of guests) expect(lines()).not.toContain(address);
  }, 20_000);
});

describe('the deck over HTTP, for read-along pages', () => {
  it('is served with an ETag, revalidated for nothing, gzipped where asked, and replaced by a live edit that readers are told of', async () => {
    const server = await start();
    const phone = await reader(server);
    const first = await phone.next('reading');
    const plain = await get(server, '/deck.json');
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.headers['content-security-policy']).toBeDefined();
    const again = await get(server, '/deck.json', { 'if-none-match': String(plain.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get(server, '/deck.json', { 'if-none-match': `W/${String(plain.headers.etag)}, "other"` })).status).toBe(304);
    const zipped = await get(server, '/deck.json', { 'accept-encoding': 'br, gzip;q=0.8' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body)).toEqual(plain.body);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect((await get(server, '/deck.json', { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
    // A live edit: a new version, told to readers at once, and the old ETag no longer matches.
    const { deck, settings } = server.store.getSnapshot();
    server.store.replaceContent({ ...deck, slides: deck.slides.slice(1) }, settings, settings);
    const edited = await phone.next('reading', (message) => message.deck !== first.deck);
    const fresh = await get(server, '/deck.json', { 'if-none-match': String(plain.headers.etag) });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.etag).toBe(`"${edited.deck}"`);
    expect(JSON.parse(fresh.body.toString()).slides).toHaveLength(deck.slides.length - 1);
  });
});
