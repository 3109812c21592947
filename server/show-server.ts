import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { WebSocketServer } from 'ws';
import { MAX_CLIENT_MESSAGE_BYTES, SOCKET_PATH, type Capability, type NetworkInfo } from '../common/network/protocol';
import { createClientHub, type ClientHubOptions } from './client-hub';
import { createHttpHandler } from './http-handler';
import { limitHttpServer } from './http-limits';
import type { ListenPlan } from './listen-plan';
import { createNetworkLog } from './network-log';
import type { Logger } from '../node/logger';
import { createQrImages } from './qr-code';
import { isAllowedHost, isSameOrigin } from './request-guard';

export interface ShowServerOptions extends Pick<ClientHubOptions, 'store' | 'problems' | 'tokens' | 'maxClients'> {
  readonly log: Logger;
  readonly plan: ListenPlan;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** The built renderer, `dist/renderer`. */
  readonly rendererFolder: string;
  /** This computer's name, for the Host check (defaults to `os.hostname()`). */
  readonly machineName?: string;
}

/** The show server once it listens. */
export interface ShowServer {
  /** The base address on this computer, e.g. `http://127.0.0.1:8765/`. */
  readonly localUrl: string;
  readonly port: number;
  /** What the presenter view shows: the addresses, and the addresses with their tokens when open. */
  network(): NetworkInfo;
  replaceToken(capability: Capability): void;
  /** Calls `listener` when `network()` changes (a code was replaced); returns the function that stops it. */
  onNetworkChange(listener: () => void): () => void;
  /** Pages admitted now (with a valid code, where one is needed). */
  clientCount(): number;
  close(): Promise<void>;
}

/** Turns a failure to listen into a sentence a person can act on. */
export function listenFailure(error: unknown, plan: ListenPlan, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `port ${port} on ${plan.host} is in use (is Yeondae already serving?); choose another with --port`;
  if (code === 'EACCES') return `this computer does not allow listening on port ${port}; choose another with --port`;
  if (code === 'EADDRNOTAVAIL') return `${plan.host} is not an address of this computer (network setting)`;
  return `cannot listen on ${plan.host}:${port}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Serves the one show over HTTP (the renderer) and a WebSocket (the show itself) on the
 * plan's address. Upgrades are taken only on `SOCKET_PATH`, from our own pages (same
 * `Origin`, a `Host` that is this computer); who gets in is the hub's to decide. What a
 * guest causes is logged through one rate-limited network log. Rejects when it cannot
 * listen, with `listenFailure`'s sentence.
 */
export async function startShowServer(options: ShowServerOptions): Promise<ShowServer> {
  const { plan, log, tokens } = options;
  const machineName = options.machineName ?? hostname();
  const networkLog = createNetworkLog(log);
  const http: Server = createServer(createHttpHandler(options.rendererFolder, machineName, networkLog));
  // Slow or huge headers cannot hold the server; set before it listens (see http-limits.ts).
  limitHttpServer(http);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_MESSAGE_BYTES, perMessageDeflate: false });
  let port = options.port;
  const base = (address: string): string => `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
  const network = (): NetworkInfo => {
    const addresses = plan.shownAddresses.map(base);
    const first = addresses[0] ?? base('127.0.0.1');
    if (!plan.open) return { open: false, addresses };
    const control = tokens.token('control');
    const remoteUrl = `${first}remote#key=${control}`;
    return { open: true, addresses, displayUrl: `${first}#key=${tokens.token('display')}`, presenterUrl: `${first}presenter#key=${control}`, remoteUrl, remoteQr: qrImage(remoteUrl) };
  };
  const qrImage = createQrImages();
  const hub = createClientHub({ ...options, open: plan.open, network, networkLog });

  http.on('upgrade', (request, socket, head) => {
    const address = request.socket.remoteAddress ?? 'unknown';
    const path = (request.url ?? '').split('?')[0];
    const refuse = (status: string): void => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    socket.on('error', () => socket.destroy());
    if (path !== SOCKET_PATH) return refuse('404 Not Found');
    // A foreign page is refused, but never counted against its address: a hostile page open
    // in the presenter's own phone must not lock the phone's remote out.
    if (!isAllowedHost(request.headers.host, machineName) || !isSameOrigin(request.headers.origin, request.headers.host)) {
      networkLog.warn('foreign-page', address, `refused a connection from ${address}: not from one of the show's own pages`);
      return refuse('403 Forbidden');
    }
    try {
      sockets.handleUpgrade(request, socket, head, (ws) => hub.accept(ws, address));
    } catch (error) {
      networkLog.warn('request-failed', address, `a connection from ${address} failed: ${error instanceof Error ? error.message : String(error)}`);
      socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', (error) => reject(new Error(listenFailure(error, plan, options.port))));
    http.listen(options.port, plan.host, () => resolve());
  });
  port = (http.address() as AddressInfo).port;
  log.info(plan.open ? `the show server is open to the network on ${plan.host}:${port}: pages need their code` : `the show server is on this computer only: ${base('127.0.0.1')}`);

  return {
    localUrl: base(plan.open && plan.host !== '0.0.0.0' && plan.host !== '::' ? plan.host : '127.0.0.1'),
    port,
    network,
    replaceToken: (capability) => tokens.replace(capability),
    onNetworkChange: (listener) => tokens.onReplace(() => listener()),
    clientCount: hub.count,
    close() {
      hub.close();
      networkLog.close();
      sockets.close();
      http.closeAllConnections();
      return new Promise((resolve) => http.close(() => resolve()));
    },
  };
}
