import type { NetworkInfo } from '../common/network/protocol';
import { finishInBackground } from './finish-in-background';
import type { Logger } from '../node/logger';
import { serveShowOwner } from '../server/run-show-server';
import { reportProblems, type ShowOwner } from '../server/show-owner';
import type { ShowServer } from '../server/show-server';

/** The show server inside the app (`--network`), as the windows and IPC see it. */
export interface EmbeddedServer {
  /** Its addresses and codes, or `null` while it is off or not listening. */
  info(): NetworkInfo | null;
  replaceToken: ShowServer['replaceToken'];
  /** Puts one of the server's addresses first (see `ShowServer.chooseAddress`); nothing while it is off. */
  chooseAddress(address: string): void;
  /** Calls `listener` with the new information once the server listens and after each change. */
  onChange(listener: (info: NetworkInfo) => void): () => void;
  close(): Promise<void>;
}

/**
 * Serves the app's own show to the network when the `network` setting asks for it, so
 * the laptop's windows and the venue's other screens show one show. A server that cannot
 * listen (the port is taken) costs only itself: it is logged and listed for the
 * presenter, and the show goes on in the app's windows.
 */
export function embedShowServer(owner: ShowOwner, options: { readonly appFolder: string; readonly dataFolder: string; readonly log: Logger }): EmbeddedServer {
  let server: ShowServer | undefined;
  let closed = false;
  const listeners = new Set<(info: NetworkInfo) => void>();
  const tell = (): void => {
    if (server === undefined) return;
    for (const listener of [...listeners]) listener(server.network());
  };
  if (owner.settings.network !== 'off') {
    serveShowOwner(owner, options).then(
      (started) => {
        if (closed) return finishInBackground(() => started.close(), 'close the show server', options.log);
        server = started;
        started.onNetworkChange(tell);
        tell();
      },
      (error: unknown) => reportProblems(owner.problems, 'network', [`the show server is off: ${error instanceof Error ? error.message : String(error)}`], options.log),
    );
  }
  return {
    info: () => server?.network() ?? null,
    replaceToken: (capability) => server?.replaceToken(capability),
    chooseAddress: (address) => void server?.chooseAddress(address),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      await server?.close();
    },
  };
}
