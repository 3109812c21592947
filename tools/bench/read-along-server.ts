/**
 * The show server alone in a process of its own, for the read-along figures of
 * `npm run bench` (read-along-figures.ts), so that its memory is the server's and not the
 * readers'. Open on 127.0.0.1 only. Told by its parent, over IPC: `change` (the next
 * change), `memory` (its heap and resident size, after a garbage collection), `stop`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createShowStore } from '../../common/show/show-store';
import type { Logger } from '../../node/logger';
import { readContentFolder } from '../../node/read-content-folder';
import { createHostProblems } from '../../server/host-problems';
import { loopbackPlan } from '../../server/listen-plan';
import { loadNetworkTokens } from '../../server/network-tokens';
import { startShowServer } from '../../server/show-server';

/** What the parent asks. */
export type ServerRequest = { readonly type: 'change'; readonly index: number } | { readonly type: 'memory' } | { readonly type: 'stop' };
/** What the server process answers. */
export type ServerReply =
  | { readonly type: 'ready'; readonly port: number; readonly lastSlide: number; readonly followToken: string; readonly displayToken: string }
  | { readonly type: 'memory'; readonly heapBytes: number; readonly residentBytes: number };

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const send = (reply: ServerReply): void => void process.send?.(reply);

async function main(): Promise<void> {
  const content = readContentFolder(resolve('content'));
  if (!content.ok) throw new Error('the content does not load; run `npm run deck` for the problems');
  const dataFolder = mkdtempSync(join(tmpdir(), 'yeondae-bench-readers-'));
  const store = createShowStore(content.deck, content.settings);
  const tokens = loadNetworkTokens(join(dataFolder, 'network-tokens.json'), quiet);
  const server = await startShowServer({
    store,
    problems: createHostProblems(),
    tokens,
    plan: loopbackPlan(true),
    port: 0,
    maxClients: 10,
    maxReaders: 1000,
    rendererFolder: resolve('dist/renderer'),
    log: quiet,
  });
  process.on('message', (request: ServerRequest) => {
    if (request.type === 'change') store.dispatch({ type: request.index % 2 === 0 ? 'last' : 'first' });
    if (request.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const usage = process.memoryUsage();
      send({ type: 'memory', heapBytes: usage.heapUsed + usage.external + usage.arrayBuffers, residentBytes: usage.rss });
    }
    if (request.type === 'stop') {
      void server.close().finally(() => {
        store.dispose();
        rmSync(dataFolder, { recursive: true, force: true });
        process.exit(0);
      });
    }
  });
  send({ type: 'ready', port: server.port, lastSlide: content.deck.slides.length - 1, followToken: tokens.token('follow'), displayToken: tokens.token('display') });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
