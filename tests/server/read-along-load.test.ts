import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WAITING_READERS } from '../../server/read-along-hub';
import { percentile } from '../../tools/bench/fan-out-probe';
import { loopbackAddresses, probeReadAlong } from '../../tools/bench/read-along-probe';
import { startTestServer, type TestServer } from '../support/show-server-harness';
import { useScratchFolders } from '../support/scratch-folders';

const READERS = 300;
const CHANGES = 100;

const scratch = useScratchFolders('yeondae-read-along-load-');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dataFolder: scratch(), open: true });
});
afterAll(() => server.stop());

/**
 * Whom the server wrote to, in order, while `run` ran: each server-side socket named by the
 * address its page came from (the screens from 127.0.0.1, the readers from guest addresses).
 */
async function writesDuring(run: () => void | Promise<void>): Promise<string[]> {
  const order: string[] = [];
  const send = WebSocket.prototype.send;
  type ServerSide = WebSocket & { readonly _isServer?: boolean; readonly _socket?: { readonly remoteAddress?: string } };
  WebSocket.prototype.send = function (this: ServerSide, ...args: Parameters<WebSocket['send']>) {
    if (this._isServer === true) order.push(this._socket?.remoteAddress ?? 'unknown');
    return send.apply(this, args);
  } as WebSocket['send'];
  try {
    await run();
  } finally {
    WebSocket.prototype.send = send;
  }
  return order;
}

describe(`the read-along under load (bounded: ${READERS} readers joining at once, ${CHANGES} changes, loopback)`, () => {
  it('lets a burst of readers in, hardly any cut from the waiting room (those come back), and gets every change to every reader, the screen first', async () => {
    const { deck } = server.store.getSnapshot();
    const last = deck.slides.length - 1;
    const slideAfter = (index: number): number => (index % 2 === 0 ? last : 0);
    const result = await probeReadAlong({
      readSocketUrl: server.readSocketUrl,
      origin: server.origin,
      followToken: server.tokens.token('follow'),
      readers: READERS,
      // Four a guest address, as the waiting room allows each while it says hello.
      addresses: loopbackAddresses(READERS / 4),
      // A crowded hotspot's round trip before each hello: the burst stays in the waiting room together.
      helloDelayMs: 600,
      screen: { socketUrl: server.socketUrl, token: server.tokens.token('display') },
      changes: CHANGES,
      change: (index) => server.store.dispatch({ type: index % 2 === 0 ? 'last' : 'first' }),
      slideAfter,
      timeoutMs: 60_000,
    });
    expect(result.welcomed).toBe(READERS);
    // The room holds the burst: a room of the screens' 32 cut about 230 of these 300. At most
    // those past the room's size are cut, when all 300 are in before any says hello (how many
    // are depends on how fast this machine connects them: 5 to 20 here); those come back.
    expect(result.cut, server.log.lines.filter((line) => /read-along page/.test(line)).join('\n')).toBeLessThanOrEqual(READERS - MAX_WAITING_READERS);
    const everyChange = Array.from({ length: CHANGES }, (_unused, index) => slideAfter(index));
    for (const slides of result.slidesPerReader) expect(slides).toEqual(everyChange);
    expect(result.screenMs).toHaveLength(CHANGES);
    console.log(
      `read-along: ${READERS} readers joined at once in ${result.joinMs.toFixed(0)} ms (${result.cut} cut and back); a change reached all of them in median ${percentile(result.fanOutMs, 0.5).toFixed(1)} ms, p95 ${percentile(result.fanOutMs, 0.95).toFixed(1)} ms; the screen in median ${percentile(result.screenMs, 0.5).toFixed(1)} ms`,
    );
  }, 90_000);

  it('writes a change to every screen before the first reader', async () => {
    const open = (url: string, token: string, localAddress: string) =>
      new Promise<WebSocket>((resolve) => {
        const socket = new WebSocket(url, { origin: server.origin, localAddress });
        socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', clientId: `order-${localAddress}-${Math.random()}`, token })));
        // Welcomed: the next message is the reading (or the deck, for a screen).
        socket.once('message', () => resolve(socket));
      });
    const screens = await Promise.all([1, 2].map(() => open(server.socketUrl, server.tokens.token('display'), '127.0.0.1')));
    const phones = await Promise.all(loopbackAddresses(40).map((address) => open(server.readSocketUrl, server.tokens.token('follow'), address)));
    const heard = Promise.all(phones.map((phone) => new Promise((resolve) => phone.on('message', (data) => String(data).includes('"reading"') && resolve(undefined)))));
    const order = await writesDuring(async () => {
      server.store.dispatch({ type: 'last' });
      await heard;
    });
    const lastScreen = order.lastIndexOf('127.0.0.1');
    const firstReader = order.findIndex((address) => address !== '127.0.0.1');
    expect(order.filter((address) => address === '127.0.0.1')).toHaveLength(2);
    expect(order.length - 2).toBeGreaterThanOrEqual(phones.length);
    expect(lastScreen).toBeLessThan(firstReader);
    for (const socket of [...screens, ...phones]) socket.terminate();
  });
});
