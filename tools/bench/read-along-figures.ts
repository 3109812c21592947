import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { percentile } from './fan-out-probe';
import { loopbackAddresses, probeReadAlong } from './read-along-probe';
import type { ServerReply, ServerRequest } from './read-along-server';

const READERS = 1000;
const CHANGES = 200;
/** What the issue asks (read-along issue): one change to every reader, and a reader's cost to the server. */
const FAN_OUT_P95_TARGET_MS = 50;
const PER_READER_TARGET_BYTES = 30 * 1024;

/** The next reply of `type` from the server process. */
function reply<T extends ServerReply['type']>(child: ChildProcess, type: T): Promise<Extract<ServerReply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServerReply): void => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<ServerReply, { type: T }>);
    };
    const onExit = (code: number | null): void => reject(new Error(`the read-along bench's server stopped (exit ${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

const ask = (child: ChildProcess, request: ServerRequest): void => void child.send(request);

/**
 * The read-along's figures: `READERS` read-along sockets on 127.0.0.1 (from as many guest
 * addresses as loopback gives, four a guest), one screen beside them, `CHANGES` changes;
 * how long one change takes to reach every reader, the screen's time beside it, the
 * server's memory per connected reader (its own process, after a garbage collection), and
 * the bytes of one `reading` message.
 */
export async function measureReadAlongFigures(): Promise<string[]> {
  const child = fork(fileURLToPath(new URL('./read-along-server.ts', import.meta.url)), [], { execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const ready = await reply(child, 'ready');
    ask(child, { type: 'memory' });
    const before = await reply(child, 'memory');
    let after = before;
    const origin = `http://127.0.0.1:${ready.port}`;
    const result = await probeReadAlong({
      readSocketUrl: `ws://127.0.0.1:${ready.port}/read-socket`,
      origin,
      followToken: ready.followToken,
      readers: READERS,
      addresses: loopbackAddresses(READERS / 4),
      screen: { socketUrl: `ws://127.0.0.1:${ready.port}/show-socket`, token: ready.displayToken },
      changes: CHANGES,
      change: (index) => ask(child, { type: 'change', index }),
      slideAfter: (index) => (index % 2 === 0 ? ready.lastSlide : 0),
      whenJoined: async () => {
        ask(child, { type: 'memory' });
        after = await reply(child, 'memory');
      },
      timeoutMs: 120_000,
    });
    const perReader = (bytes: number): string => `${((bytes / result.welcomed) / 1024).toFixed(1)} KB`;
    const p95 = percentile(result.fanOutMs, 0.95);
    const perReaderResident = (after.residentBytes - before.residentBytes) / result.welcomed;
    return [
      `read-along fan-out: one change to ${result.welcomed} of ${READERS} readers on 127.0.0.1, median ${percentile(result.fanOutMs, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${CHANGES} changes, every change to every reader: ${result.slidesPerReader.every((slides) => slides.length === CHANGES) ? 'yes' : 'NO'}; target p95 ≤ ${FAN_OUT_P95_TARGET_MS} ms: ${p95 <= FAN_OUT_P95_TARGET_MS ? 'met' : 'NOT met'}); a screen beside them had each change in median ${percentile(result.screenMs, 0.5).toFixed(1)} ms`,
      `read-along server memory per connected reader: ${perReader(after.residentBytes - before.residentBytes)} resident, ${perReader(after.heapBytes - before.heapBytes)} of it JavaScript heap and buffers (the server alone in its process, after a garbage collection; target ≤ 30 KB: ${perReaderResident <= PER_READER_TARGET_BYTES ? 'met' : 'NOT met'})`,
      `read-along message for one change: ${result.readingBytes} bytes (the deck itself is fetched once, from /deck.json, cached by its ETag)`,
    ];
  } finally {
    ask(child, { type: 'stop' });
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
  }
}
