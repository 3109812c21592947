import WebSocket from 'ws';
import type { ServerMessage } from '../../common/network/protocol';

/** What many read-along pages saw of a burst of joins and a run of changes. */
export interface ReadAlongResult {
  readonly readers: number;
  /** Readers welcomed, at their first try or after coming back. */
  readonly welcomed: number;
  /**
   * Connections cut before their welcome (a full waiting room, a hello later than the
   * server waits for); each reader then comes back, as the page does, up to `MAX_TRIES`.
   */
  readonly cut: number;
  /** From opening the first socket to the last reader's first `reading` message. */
  readonly joinMs: number;
  /** Per reader, the slides of the changes it was told, in order. */
  readonly slidesPerReader: readonly (readonly number[])[];
  /** Per change: ms from the change to the last reader having it. */
  readonly fanOutMs: readonly number[];
  /** Per change: ms from the change to the screen having it (when a screen was asked for). */
  readonly screenMs: readonly number[];
  /** The bytes of the largest `reading` message a reader was sent (what one change costs each phone). */
  readonly readingBytes: number;
}

export interface ReadAlongProbe {
  readonly readSocketUrl: string;
  readonly origin: string;
  readonly followToken?: string;
  readonly readers: number;
  /** Loopback addresses the readers come from, in turn (a hotspot's phones each have their own). */
  readonly addresses: readonly string[];
  /** A screen to time alongside the readers, on the show socket. */
  readonly screen?: { readonly socketUrl: string; readonly token?: string };
  readonly changes: number;
  /** Makes change `index`, after which the slide on screen is `slideAfter(index)` (different each time). */
  readonly change: (index: number) => void | Promise<void>;
  readonly slideAfter: (index: number) => number;
  /**
   * Each reader says hello after a random wait up to this, as phones on a crowded hotspot
   * do after a round trip of a good part of a second: they then stay longer in the waiting room.
   */
  readonly helloDelayMs?: number;
  /** Called once every reader is in, before the changes (to weigh the server, say). */
  readonly whenJoined?: () => Promise<void>;
  readonly timeoutMs: number;
}

/** How many times a reader cut before its welcome tries to join. */
const MAX_TRIES = 3;

/** One socket, opened with our pages' Origin from `localAddress`, that says hello once open. */
function open(url: string, origin: string, localAddress: string | undefined, token: string | undefined, onMessage: (message: ServerMessage, bytes: number) => void, helloDelayMs = 0): WebSocket {
  const socket = new WebSocket(url, { origin, ...(localAddress === undefined ? {} : { localAddress }) });
  const hello = (): void => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'hello', clientId: `probe-${Math.random().toString(36).slice(2)}`, ...(token === undefined ? {} : { token }) }));
  };
  socket.on('open', () => (helloDelayMs > 0 ? setTimeout(hello, Math.random() * helloDelayMs) : hello()));
  socket.on('message', (data) => {
    const text = data.toString();
    onMessage(JSON.parse(text) as ServerMessage, Buffer.byteLength(text));
  });
  socket.on('error', () => undefined);
  return socket;
}

/**
 * Opens `readers` read-along sockets at once (a burst, as a crowd's phones reconnect after
 * the server restarts), waits for each to be told where the show is, then makes `changes`
 * changes one after another, each waiting until every reader (and the screen) has it.
 * Shared by the load test and `npm run bench`; loopback only; bounded by its counts and by
 * `timeoutMs`.
 */
export async function probeReadAlong(options: ReadAlongProbe): Promise<ReadAlongResult> {
  const deadline = Date.now() + options.timeoutMs;
  const slides: number[][] = Array.from({ length: options.readers }, () => []);
  let welcomed = 0;
  let joined = 0;
  let closed = 0;
  let expected: { slide: number; remaining: number; done: () => void } | undefined;
  let screenSaw: ((frame: number) => void) | undefined;
  const started = performance.now();
  let joinedAll: () => void = () => undefined;
  const allJoined = new Promise<void>((resolve) => (joinedAll = resolve));
  let cut = 0;
  let readingBytes = 0;
  const sockets: WebSocket[] = [];
  const join = (index: number, tries: number): void => {
    let first = true;
    let inside = false;
    const socket = open(options.readSocketUrl, options.origin, options.addresses[index % options.addresses.length], options.followToken, (message, bytes) => {
      if (message.type === 'welcome') {
        inside = true;
        welcomed += 1;
      }
      if (message.type !== 'reading') return;
      readingBytes = Math.max(readingBytes, bytes);
      if (first) {
        first = false;
        if ((joined += 1) + closed === options.readers) joinedAll();
        return;
      }
      const seen = slides[index] ?? [];
      // A beat repeats the slide already told: only a change counts.
      if (seen.at(-1) === message.slide) return;
      seen.push(message.slide);
      if (expected !== undefined && message.slide === expected.slide && (expected.remaining -= 1) === 0) expected.done();
    }, options.helloDelayMs);
    socket.on('close', () => {
      if (!first) return;
      if (!inside) cut += 1;
      // Cut before it was told anything: the page comes back after a moment, as read-along pages do.
      if (!inside && tries < MAX_TRIES) setTimeout(() => join(index, tries + 1), Math.random() * (options.helloDelayMs ?? 0));
      else if ((closed += 1) + joined === options.readers) joinedAll();
    });
    sockets.push(socket);
  };
  for (let index = 0; index < options.readers; index += 1) join(index, 1);
  const screen = options.screen === undefined ? undefined : open(options.screen.socketUrl, options.origin, undefined, options.screen.token, (message) => {
    if (message.type === 'state') screenSaw?.(message.state.frame);
  });
  try {
    await Promise.race([allJoined, new Promise((_resolve, reject) => setTimeout(() => reject(new Error(`only ${joined} of ${options.readers} readers joined in time`)), options.timeoutMs).unref())]);
    const joinMs = performance.now() - started;
    await options.whenJoined?.();
    const fanOutMs: number[] = [];
    const screenMs: number[] = [];
    for (let index = 0; index < options.changes; index += 1) {
      if (Date.now() > deadline) throw new Error(`read-along probe ran out of time after ${index} of ${options.changes} changes`);
      const at = performance.now();
      const slide = options.slideAfter(index);
      const readersHaveIt = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`change ${index} did not reach every reader within 10 s`)), 10_000);
        expected = { slide, remaining: joined, done: () => (clearTimeout(timer), resolve()) };
      });
      const screenHasIt = screen === undefined ? Promise.resolve() : new Promise<void>((resolve) => (screenSaw = () => (screenMs.push(performance.now() - at), (screenSaw = undefined), resolve())));
      await options.change(index);
      await Promise.all([readersHaveIt, screenHasIt]);
      fanOutMs.push(performance.now() - at);
    }
    return { readers: options.readers, welcomed, cut, readingBytes, joinMs, slidesPerReader: slides, fanOutMs, screenMs };
  } finally {
    for (const socket of sockets) socket.terminate();
    screen?.terminate();
  }
}

/** `count` loopback addresses for guests, 127.0.0.2 onwards (127.0.0.1 left to the screens and the test itself). */
export function loopbackAddresses(count: number): string[] {
  return Array.from({ length: Math.min(count, 250) }, (_unused, index) => `127.0.0.${index + 2}`);
}
