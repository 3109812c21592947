import { join } from 'node:path';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { parseFlags } from '../../common/host/flags';
import { createShowStore, type ShowStore } from '../../common/show/show-store';
import { createHostProblems, type HostProblems } from '../../server/host-problems';
import { createHttpHandler } from '../../server/http-handler';
import { limitHttpServer, type HttpLimits } from '../../server/http-limits';
import { createNetworkLog } from '../../server/network-log';
import { loadNetworkTokens, type NetworkTokens } from '../../server/network-tokens';
import { createContentEditor } from '../../server/content-editor';
import { openShowOwner, type ShowOwner } from '../../server/show-owner';
import { startShowServer, type ShowServer } from '../../server/show-server';
import { loopbackPlan } from '../../server/listen-plan';
import { ADDRESS_CHOICE_FILE, addressChoiceFile } from '../../server/address-choice';
import type { ShownAddress } from '../../server/address-ranking';
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
  /** The read-along pages' WebSocket. */
  readonly readSocketUrl: string;
  /** The editor page's socket (served when the test runs the whole owner). */
  readonly editSocketUrl: string;
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
  /** Read-along pages at once (`networkMaxReaders`; 1000 unless given). */
  readonly maxReaders?: number;
  /** Run the whole owner (content, settings, saved show, watching the files for edits) instead of a bare store. */
  readonly owner?: { readonly argv: readonly string[] };
  /**
   * The addresses the server shows pages (ranked from an interface table, say), while it
   * still binds 127.0.0.1 only: nothing ever connects to them. The presenter's choice among
   * them is kept in the data folder, as the app keeps it.
   */
  readonly shownAddresses?: readonly ShownAddress[];
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
    plan: { ...loopbackPlan(options.open ?? false), ...(options.shownAddresses === undefined ? {} : { shownAddresses: options.shownAddresses }) },
    addressChoice: addressChoiceFile(join(options.dataFolder, ADDRESS_CHOICE_FILE), log),
    port: options.port ?? 0,
    maxClients: options.maxClients ?? 50,
    ...(options.maxReaders === undefined ? {} : { maxReaders: options.maxReaders }),
    rendererFolder: projectPath('dist/renderer'),
    ...(owner === undefined ? {} : { editor: { editor: createContentEditor(owner.contentFolder, log), onContentRead: owner.onReload } }),
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
    readSocketUrl: `ws://127.0.0.1:${server.port}/read-socket`,
    editSocketUrl: `ws://127.0.0.1:${server.port}/edit-socket`,
    origin,
    async stop() {
      await server.close();
      await watching?.stop();
      if (owner === undefined) store.dispose();
      else owner.close();
    },
  };
}

/** The show server's HTTP side alone, on 127.0.0.1: for tests that set its limits or its folder. */
export interface HttpTestServer {
  readonly port: number;
  /** The lines its network log let through. */
  readonly log: ReturnType<typeof recordingLogger>;
  stop(): Promise<void>;
}

/**
 * An HTTP server made as the show server makes its own (`createHttpHandler` behind
 * `limitHttpServer`), with no WebSocket, serving `rendererFolder` (the built renderer unless
 * given) under `limits` (the show server's unless given).
 */
export async function startHttpTestServer(options: { readonly rendererFolder?: string; readonly limits?: Partial<HttpLimits> } = {}): Promise<HttpTestServer> {
  const log = recordingLogger();
  const networkLog = createNetworkLog(log);
  const http = createServer(createHttpHandler(options.rendererFolder ?? projectPath('dist/renderer'), 'yeondae-test', networkLog));
  limitHttpServer(http, options.limits);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    port: (http.address() as AddressInfo).port,
    log,
    stop() {
      networkLog.close();
      http.closeAllConnections();
      return new Promise((resolve) => http.close(() => resolve()));
    },
  };
}

/** An answer read off the wire; `status` is null when the server closed the connection without one. */
export interface RawAnswer {
  readonly status: number | null;
  /** Lower-case names; a repeated header's values joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** A request as bytes, with a Host this server accepts and `Connection: close`, so that the answer ends where the connection does. */
export function requestBytes(port: number, method: string, path: string, headers: Readonly<Record<string, string>> = {}): string {
  const lines = Object.entries({ Host: `127.0.0.1:${port}`, ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('')}Connection: close\r\n\r\n`;
}

/**
 * Sends `bytes` exactly as given on a new connection to 127.0.0.1:`port` (no client-side
 * checks or normalising) and reads until the server closes it. Rejects if the connection is
 * still open after `timeoutMs`: a server that stalls fails the test instead of hanging it.
 */
export function rawExchange(port: number, bytes: string | Buffer, timeoutMs = 3000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server neither answered nor closed the connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A server that drops a request it refuses may reset the connection: that is an answer too.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseRawAnswer(Buffer.concat(chunks)));
    });
    // Written, not ended: Node answers a client that half-closes by closing too, before a file's answer is out.
    socket.write(bytes);
  });
}

function parseRawAnswer(received: Buffer): RawAnswer {
  const headEnd = received.indexOf('\r\n\r\n');
  const status = /^HTTP\/1\.[01] (\d{3}) /u.exec(received.subarray(0, Math.max(headEnd, 0)).toString('latin1'))?.[1];
  if (headEnd < 0 || status === undefined) return { status: null, headers: {}, body: received };
  const headers: Record<string, string> = {};
  for (const line of received.subarray(0, headEnd).toString('latin1').split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { status: Number(status), headers, body: received.subarray(headEnd + 4) };
}
