/**
 * The show server alone in a process of its own, for the read-along figures of
 * `npm run bench` (read-along-figures.ts), so that its memory is the server's and not the
 * readers'. Open on 127.0.0.1 only. Told by its parent, over IPC: `change` (the next
 * change), `memory` (its heap and resident size, after a garbage collection), `stop`.
 */
import { resolve } from 'node:path';
import { readContentFolder } from '../../node/read-content-folder';
import { startBenchServer } from './bench-server';

/** What the parent asks. */
export type ServerRequest = { readonly type: 'change'; readonly index: number } | { readonly type: 'memory' } | { readonly type: 'stop' };
/** What the server process answers. */
export type ServerReply =
  | { readonly type: 'ready'; readonly port: number; readonly lastSlide: number; readonly followToken: string; readonly displayToken: string }
  | { readonly type: 'memory'; readonly heapBytes: number; readonly residentBytes: number };

const send = (reply: ServerReply): void => void process.send?.(reply);

async function main(): Promise<void> {
  const content = readContentFolder(resolve('content'));
  if (!content.ok) throw new Error('the content does not load; run `npm run deck` for the problems');
  const bench = await startBenchServer(content, { maxClients: 10, maxReaders: 1000 });
  const { server, store, tokens } = bench;
  process.on('message', (request: ServerRequest) => {
    if (request.type === 'change') store.dispatch({ type: request.index % 2 === 0 ? 'last' : 'first' });
    if (request.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const usage = process.memoryUsage();
      send({ type: 'memory', heapBytes: usage.heapUsed + usage.external + usage.arrayBuffers, residentBytes: usage.rss });
    }
    if (request.type === 'stop') {
      void bench.stop().finally(() => process.exit(0));
    }
  });
  send({ type: 'ready', port: server.port, lastSlide: content.deck.slides.length - 1, followToken: tokens.token('follow'), displayToken: tokens.token('display') });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
