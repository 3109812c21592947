import { parseFlags } from '../../common/host/flags';
import { createShowStore, type ShowStore } from '../../common/show/show-store';
import { createHostProblems, type HostProblems } from '../../server/host-problems';
import { loadNetworkTokens, type NetworkTokens } from '../../server/network-tokens';
import { openShowOwner, type ShowOwner } from '../../server/show-owner';
import { startShowServer, type ShowServer } from '../../server/show-server';
import { loadProjectContent, projectPath } from './project-content';
import { recordingLogger } from './recording-logger';

export interface TestServer {
  readonly server: ShowServer;
  readonly store: ShowStore;
  readonly problems: HostProblems;
  readonly tokens: NetworkTokens;
  readonly log: ReturnType<typeof recordingLogger>;
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** The server's WebSocket, for Node clients. */
  readonly socketUrl: string;
  /** The `Origin` our own pages send. */
  readonly origin: string;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Take the "open to the network" path (tokens required) while still binding 127.0.0.1 only. */
  readonly open?: boolean;
  readonly dataFolder: string;
  readonly port?: number;
  readonly maxClients?: number;
  /** Run the whole owner (content, settings, saved show, watching the files for edits) instead of a bare store. */
  readonly owner?: { readonly argv: readonly string[] };
}

/**
 * A show server on 127.0.0.1 for tests, serving the built renderer. "Open" servers take
 * the network code path (every page needs a token) but never bind anything but loopback.
 */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const log = recordingLogger();
  const content = loadProjectContent();
  const owner: ShowOwner | undefined =
    options.owner === undefined
      ? undefined
      : openShowOwner({ builtInContentFolder: projectPath('content'), fallbackContent: content, dataFolder: options.dataFolder, flags: parseFlags(options.owner.argv), log });
  const watching = owner?.watchFiles();
  await watching?.ready;
  const store = owner?.store ?? createShowStore(content.deck, content.settings);
  const problems = owner?.problems ?? createHostProblems();
  const tokens = loadNetworkTokens(`${options.dataFolder}/network-tokens.json`, log);
  const server = await startShowServer({
    store,
    problems,
    tokens,
    plan: { host: '127.0.0.1', open: options.open ?? false, shownAddresses: ['127.0.0.1'] },
    port: options.port ?? 0,
    maxClients: options.maxClients ?? 50,
    rendererFolder: projectPath('dist/renderer'),
    log,
  });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    server,
    store,
    problems,
    tokens,
    log,
    url: `${origin}/`,
    socketUrl: `ws://127.0.0.1:${server.port}/show-socket`,
    origin,
    async stop() {
      await server.close();
      await watching?.stop();
      if (owner === undefined) store.dispose();
      else owner.close();
    },
  };
}
