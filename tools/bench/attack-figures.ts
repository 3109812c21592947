import WebSocket from 'ws';
import type { Deck } from '../../common/deck/deck';
import type { ServerMessage } from '../../common/network/protocol';
import type { Settings } from '../../common/settings/settings';
import type { Logger } from '../../node/logger';
import { GUEST_ADDRESSES, startAttackMix } from '../hostile-guests/attack-mix';
import { startBenchServer } from './bench-server';
import { percentile } from './fan-out-probe';

/** The flood lasts a minute, so the log's bytes are a minute's. */
const FLOOD_MS = 60_000;
const JOINS = 20;
const COMMANDS = 100;

/** A page of ours on loopback that resolves each wanted message as it comes. */
function openPage(socketUrl: string, origin: string, token: string): Promise<{ socket: WebSocket; next(match: (message: ServerMessage) => boolean): Promise<void> }> {
  const socket = new WebSocket(socketUrl, { origin });
  const waiters = new Set<{ match: (message: ServerMessage) => boolean; done: () => void }>();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as ServerMessage;
    for (const waiter of [...waiters]) {
      if (!waiter.match(message)) continue;
      waiters.delete(waiter);
      waiter.done();
    }
  });
  const next = (match: (message: ServerMessage) => boolean): Promise<void> =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error('no answer within 10 s')), 10_000);
      waiters.add({ match, done: () => (clearTimeout(timer), done()) });
    });
  return new Promise((done, fail) => {
    socket.once('error', fail);
    socket.once('open', () => {
      const welcomed = next((message) => message.type === 'welcome');
      socket.send(JSON.stringify({ type: 'hello', clientId: `bench-${Math.random()}`, token }));
      void welcomed.then(() => done({ socket, next }), fail);
    });
  });
}

/**
 * The show server under the hostile-guest attack mix for a minute (six guest addresses on
 * loopback): how long a screen with its code takes to join, how long a controller's command
 * takes to come back as the new state, and how many bytes the whole minute wrote to the log.
 */
export async function measureAttackFigures(content: { readonly deck: Deck; readonly settings: Settings }): Promise<string[]> {
  let logBytes = 0;
  const counting = (line: string): void => void (logBytes += Buffer.byteLength(line) + 1);
  const log: Logger = { info: counting, warn: counting, error: counting };
  const bench = await startBenchServer(content, { maxClients: 50 }, log);
  const { server, store, tokens } = bench;
  const socketUrl = `ws://127.0.0.1:${server.port}/show-socket`;
  const origin = `http://127.0.0.1:${server.port}`;
  const timeJoins = async (): Promise<number[]> => {
    const joins: number[] = [];
    for (let index = 0; index < JOINS; index += 1) {
      const at = performance.now();
      const screen = await openPage(socketUrl, origin, tokens.token('display'));
      joins.push(performance.now() - at);
      screen.socket.close();
    }
    return joins;
  };
  // The same joins on a quiet network first, to read the attack's cost against.
  const quietJoins = await timeJoins();
  logBytes = 0;
  const started = Date.now();
  const mix = startAttackMix({ socketUrl, origin, displayToken: tokens.token('display'), guests: GUEST_ADDRESSES });
  try {
    const joins = await timeJoins();
    const controller = await openPage(socketUrl, origin, tokens.token('control'));
    const commands: number[] = [];
    for (let index = 0; index < COMMANDS; index += 1) {
      const frame = store.getSnapshot().state.frame;
      const at = performance.now();
      const moved = controller.next((message) => message.type === 'state' && message.state.frame !== frame);
      controller.socket.send(JSON.stringify({ type: 'command', id: `bench-${index}`, command: { type: index % 2 === 0 ? 'next' : 'previous' } }));
      await moved;
      commands.push(performance.now() - at);
      // A presenter presses a key now and then, not 100 times a second: stay within a person's budget.
      await new Promise((done) => setTimeout(done, 150));
    }
    controller.socket.close();
    await new Promise((done) => setTimeout(done, Math.max(0, FLOOD_MS - (Date.now() - started))));
    const tally = await mix.stop();
    await server.close();
    const minutes = (Date.now() - started) / 60_000;
    const made = Object.entries(tally).map(([kind, count]) => `${count} ${kind}`).join(', ');
    return [
      `under attack (${made}; six guest addresses, ${(minutes * 60).toFixed(0)} s): a screen with its code joins in median ${percentile(joins, 0.5).toFixed(1)} ms, p95 ${percentile(joins, 0.95).toFixed(1)} ms (${JOINS} joins; on a quiet network median ${percentile(quietJoins, 0.5).toFixed(1)} ms)`,
      `under attack: a controller's command comes back as the new state in median ${percentile(commands, 0.5).toFixed(1)} ms, p95 ${percentile(commands, 0.95).toFixed(1)} ms (${COMMANDS} commands; target p95 ≤ 100 ms)`,
      `under attack: the log took ${(logBytes / minutes / 1024).toFixed(2)} KB per minute of flood`,
    ];
  } finally {
    await mix.stop();
    await bench.stop();
  }
}
