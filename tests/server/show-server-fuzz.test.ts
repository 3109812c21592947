import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClientMessage } from '../../common/network/protocol';
import { HELLO_TIMEOUT_MS } from '../../server/client-session';
import { startTestServer, type TestServer } from '../support/show-server-harness';
import { connectClient } from '../support/socket-client';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-fuzz-');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dataFolder: scratch(), open: true });
});
afterAll(() => server.stop());

/** A controller that must keep working whatever the fuzzing did. */
async function stillServes(): Promise<void> {
  const check = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
  await check.next('welcome');
  check.send({ type: 'ping', id: 1 });
  await check.next('pong');
  check.close();
}

const malformed = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom('{', 'null', '[]', '{"type":"command"}', '{"type":"command","id":"a","command":{"type":"goToFrame","frame":-1}}', '{"type":"hello","clientId":""}', '{"type":"ping","id":1.5}', '{"type":"__proto__"}', '{"type":"command","id":"a","command":{"type":"next","x":1}}'),
  fc.record({ type: fc.constantFrom('hello', 'ping', 'command', 'replaceToken', 'toString', 'constructor'), id: fc.anything(), command: fc.anything(), capability: fc.anything() }).map((value) => JSON.stringify(value)),
);

describe('the show server under malformed, oversized and flooding messages', () => {
  it('closes the connection of any malformed message, after hello or before, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(malformed, fc.boolean(), async (text, afterHello) => {
        // A valid message may slip through the generator: it is not what this property is about.
        fc.pre(parseClientMessage(text) === undefined);
        const client = await connectClient(server.socketUrl, server.origin, afterHello ? { token: server.tokens.token('control') } : undefined);
        if (afterHello) await client.next('welcome');
        // What the server says after the send, not the welcome before it, is the answer to the message.
        const before = client.messages.length;
        client.send(text);
        const code = await client.closed;
        const after = client.messages.slice(before);
        if (code === 1009) return; // ws itself refused a message over the size limit, before the server read it.
        expect(code).toBe(1008);
        expect(after).toEqual([{ type: 'refused', reason: 'bad-message', message: expect.any(String) }]);
      }),
      { numRuns: 60 },
    );
    await stillServes();
  }, 60_000);

  it('drops binary and oversized messages (over 4 KiB) without reading them', async () => {
    const binary = await connectClient(server.socketUrl, server.origin);
    binary.socket.send(Buffer.from([0, 1, 2, 3]));
    expect(await binary.closed).toBe(1008);
    const huge = await connectClient(server.socketUrl, server.origin);
    huge.send(JSON.stringify({ type: 'hello', clientId: 'x'.repeat(1024 * 1024) }));
    expect(await huge.closed).toBe(1009);
    await stillServes();
  });

  it('throttles a page that floods commands, then drops it, and the show takes only what was within budget', async () => {
    const flooder = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
    await flooder.next('welcome');
    const before = server.store.getSnapshot().state.frame;
    for (let index = 0; index < 1000; index += 1) flooder.send({ type: 'command', id: `f${index}`, command: { type: 'toggleBlank' } });
    expect(await flooder.closed).toBe(1008);
    expect(flooder.messages.some((message) => message.type === 'refused' && message.reason === 'flooding')).toBe(true);
    expect(flooder.messages.filter((message) => message.type === 'ack').length).toBeLessThanOrEqual(45);
    expect(server.store.getSnapshot().state.frame).toBe(before);
    await stillServes();
  });

  it('cuts a page that never says hello after the hello deadline, with no close handshake to wait for', async () => {
    const opened = Date.now();
    const silent = await connectClient(server.socketUrl, server.origin);
    // 1006: the connection was cut, not closed with a handshake (which a silent guest could make last 30 s).
    expect(await silent.closed).toBe(1006);
    expect(Date.now() - opened).toBeGreaterThanOrEqual(HELLO_TIMEOUT_MS - 50);
    expect(silent.messages).toEqual([]);
  });
});
