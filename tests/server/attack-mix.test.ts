import { afterEach, describe, expect, it } from 'vitest';
import { GUEST_ADDRESSES, startAttackMix, type AttackKind, type AttackMix } from '../../tools/hostile-guests/attack-mix';
import { startTestServer, type TestServer } from '../support/show-server-harness';
import { connectClient } from '../support/socket-client';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-attack-');
let running: TestServer | undefined;
let attack: AttackMix | undefined;
afterEach(async () => {
  await attack?.stop();
  attack = undefined;
  await running?.stop();
  running = undefined;
});

/** Resolves once every kind of attack has been made at least `times` times. */
async function whenUnderWay(mix: { tally(): Record<AttackKind, number> }, times: number): Promise<void> {
  while (Object.values(mix.tally()).some((count) => count < times)) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('the show under an attack mix from six guests on the network (loopback, bounded)', () => {
  it('lets a screen with its code join and a controller move the show, and the log stays small', async () => {
    const server = (running = await startTestServer({ dataFolder: scratch(), open: true }));
    const mix = startAttackMix({ socketUrl: server.socketUrl, origin: server.origin, displayToken: server.tokens.token('display'), guests: GUEST_ADDRESSES });
    attack = mix;
    await whenUnderWay(mix, 5);

    const screen = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('display') });
    expect((await screen.next('welcome')).capability).toBe('display');
    const controller = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') }, { localAddress: GUEST_ADDRESSES[0] });
    await controller.next('welcome');
    for (let change = 1; change <= 5; change += 1) {
      controller.send({ type: 'command', id: `move-${change}`, command: { type: 'next' } });
      await controller.next('ack', (message) => message.id === `move-${change}`);
      await screen.next('state', (message) => message.state.frame === change);
    }
    expect(server.store.getSnapshot().state.frame).toBe(5);

    const tally = await mix.stop();
    attack = undefined;
    const response = await fetch(`${server.url}favicon.png`);
    expect(response.status).toBe(200);
    // Every kind of attack was made, many times; the log heard of each in a line or two.
    expect(Math.min(...Object.values(tally))).toBeGreaterThanOrEqual(5);
    await server.stop();
    running = undefined;
    const logBytes = server.log.lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    console.log(`attack mix: ${JSON.stringify(tally)}; the log took ${server.log.lines.length} lines, ${logBytes} bytes`);
    expect(logBytes).toBeLessThan(6 * 1024);
  }, 60_000);
});
