import WebSocket from 'ws';
import type { ServerMessage } from '../../common/network/protocol';

/** What many clients saw of a run of changes: how many states each got, and how long each change took to reach all. */
export interface FanOutResult {
  readonly clients: number;
  readonly changes: number;
  /** States each client received after the start, by client. */
  readonly statesPerClient: readonly number[];
  /** Per change: ms from the command to the last client receiving its state. */
  readonly fanOutMs: readonly number[];
}

/**
 * Connects `clients` WebSocket clients to a show server on loopback, then makes
 * `changes` changes one after another (each waits until every client has it) and
 * measures how long each took to reach all of them. Shared by the load test and
 * `npm run bench`; bounded by its counts and by `timeoutMs`.
 */
export async function probeFanOut(options: {
  readonly socketUrl: string;
  readonly origin: string;
  readonly token?: string;
  readonly clients: number;
  readonly changes: number;
  /** Makes one change; resolves when it was made. */
  readonly change: (index: number) => void;
  readonly timeoutMs: number;
}): Promise<FanOutResult> {
  const deadline = Date.now() + options.timeoutMs;
  const counts = new Array<number>(options.clients).fill(0);
  let waiting: { remaining: number; done: () => void } | undefined;
  const sockets = await Promise.all(
    counts.map(
      (_zero, index) =>
        new Promise<WebSocket>((resolve, reject) => {
          const socket = new WebSocket(options.socketUrl, { origin: options.origin });
          let welcomed = false;
          socket.on('message', (data) => {
            const message = JSON.parse(data.toString()) as ServerMessage;
            if (message.type === 'welcome') welcomed = true;
            if (message.type === 'state' && welcomed && message.settings === undefined) {
              counts[index] = (counts[index] ?? 0) + 1;
              if (waiting !== undefined && (waiting.remaining -= 1) === 0) waiting.done();
            }
            if (message.type === 'state' && message.settings !== undefined) resolve(socket);
          });
          socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', clientId: `probe-${index}`, ...(options.token === undefined ? {} : { token: options.token }) })));
          socket.on('error', reject);
        }),
    ),
  );
  const fanOutMs: number[] = [];
  try {
    for (let index = 0; index < options.changes; index += 1) {
      if (Date.now() > deadline) throw new Error(`fan-out probe ran out of time after ${index} of ${options.changes} changes`);
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`change ${index} did not reach every client within 5 s`)), 5000);
        waiting = { remaining: options.clients, done: () => (clearTimeout(timer), resolve()) };
        options.change(index);
      });
      fanOutMs.push(performance.now() - started);
    }
  } finally {
    for (const socket of sockets) socket.terminate();
  }
  return { clients: options.clients, changes: options.changes, statesPerClient: counts, fanOutMs };
}

/** The value below which `fraction` of `values` fall. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
