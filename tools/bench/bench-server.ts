import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Deck } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';
import { createShowStore, type ShowStore } from '../../common/show/show-store';
import type { Logger } from '../../node/logger';
import { createHostProblems } from '../../server/host-problems';
import { loopbackPlan } from '../../server/listen-plan';
import { loadNetworkTokens, type NetworkTokens } from '../../server/network-tokens';
import { startShowServer, type ShowServer } from '../../server/show-server';

/** A logger that keeps nothing, for figures that need no log. */
export const QUIET: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A show server for `npm run bench`, open on 127.0.0.1 only, with its store and codes. */
export interface BenchServer {
  readonly server: ShowServer;
  readonly store: ShowStore;
  readonly tokens: NetworkTokens;
  /** Stops the server and removes its data folder. */
  stop(): Promise<void>;
}

/**
 * Starts the show server on `content` as the bench measures it: open to the network on
 * 127.0.0.1 (so every page needs its code), a port of its own, the built renderer, its codes
 * in a data folder of its own.
 */
export async function startBenchServer(
  content: { readonly deck: Deck; readonly settings: Settings },
  limits: { readonly maxClients: number; readonly maxReaders?: number },
  log: Logger = QUIET,
): Promise<BenchServer> {
  const dataFolder = mkdtempSync(join(tmpdir(), 'yeondae-bench-'));
  const store = createShowStore(content.deck, content.settings);
  const tokens = loadNetworkTokens(join(dataFolder, 'network-tokens.json'), log);
  const server = await startShowServer({
    store,
    problems: createHostProblems(),
    tokens,
    plan: loopbackPlan(true),
    port: 0,
    ...limits,
    rendererFolder: resolve('dist/renderer'),
    log,
  });
  return {
    server,
    store,
    tokens,
    async stop() {
      await server.close();
      store.dispose();
      rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}
