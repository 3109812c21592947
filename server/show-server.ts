import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { WebSocketServer } from 'ws';
import { MAX_CLIENT_MESSAGE_BYTES, READ_SOCKET_PATH, SOCKET_PATH, type Capability, type NetworkInfo } from '../common/network/protocol';
import { DEFAULT_NETWORK_SETTINGS } from '../common/settings/network-settings';
import { EDIT_SOCKET_PATH, MAX_EDIT_MESSAGE_BYTES } from '../common/edit/edit-protocol';
import { createClientHub, type ClientHubOptions } from './client-hub';
import type { ContentEditor } from './content-editor';
import { createEditorHub } from './editor-hub';
import { createDeckDocuments } from './deck-document';
import { createHttpHandler } from './http-handler';
import { limitHttpServer } from './http-limits';
import type { ListenPlan } from './listen-plan';
import { createReadAlongHub } from './read-along-hub';
import { createNetworkLog } from './network-log';
import type { Logger } from '../node/logger';
import { addressChoiceInMemory, type AddressChoiceStore } from './address-choice';
import { baseAddress, createServerNetwork } from './network-info';
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
  /** Read-along pages at once, apart from `maxClients` (`networkMaxReaders`, 1000 unless given). */
  readonly maxReaders?: number;
  /** Where the presenter's choice of address is kept (the data folder's file); for the run only when absent. */
  readonly addressChoice?: AddressChoiceStore;
  /** The content folder for the editor page (`/edit`), and when the show read it again; no editor without it. */
  readonly editor?: { readonly editor: ContentEditor; readonly onContentRead: (listener: () => void) => () => void };
}

/** The show server once it listens. */
export interface ShowServer {
  /** The base address on this computer, e.g. `http://127.0.0.1:8765/`. */
  readonly localUrl: string;
  readonly port: number;
  /** What the presenter view shows: the addresses, and the addresses with their tokens when open. */
  network(): NetworkInfo;
  replaceToken(capability: Capability): void;
  /** Puts one of `network().choices` first in every address and QR code, now and at the next start; `false` for any other address. */
  chooseAddress(address: string): boolean;
  /** Calls `listener` when `network()` changes (a code was replaced, an address chosen); returns the function that stops it. */
  onNetworkChange(listener: () => void): () => void;
  /** Pages admitted now (with a valid code, where one is needed); read-along pages are not among them. */
  clientCount(): number;
  /** Read-along pages admitted now. */
  readerCount(): number;
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
 * Serves the one show over HTTP (the renderer, and the deck for read-along pages) and a
 * WebSocket (the show itself) on the plan's address. Upgrades are taken only on
 * `SOCKET_PATH` (screens and controllers) and `READ_SOCKET_PATH` (read-along pages), from
 * our own pages (same `Origin`, a `Host` that is this computer); who gets in is the hubs'
 * to decide, each with its own cap and waiting room. What a
 * guest causes is logged through one rate-limited network log. Rejects when it cannot
 * listen, with `listenFailure`'s sentence.
 */
export async function startShowServer(options: ShowServerOptions): Promise<ShowServer> {
  const { plan, log, tokens } = options;
  const machineName = options.machineName ?? hostname();
  const networkLog = createNetworkLog(log);
  const deckDocument = createDeckDocuments();
  const http: Server = createServer(createHttpHandler(options.rendererFolder, machineName, networkLog, () => deckDocument(options.store.getSnapshot().deck)));
  // Slow or huge headers cannot hold the server; set before it listens (see http-limits.ts).
  limitHttpServer(http);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_MESSAGE_BYTES, perMessageDeflate: false });
  // The editor's messages carry a statement: a socket of their own, with room for one.
  const editSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_EDIT_MESSAGE_BYTES, perMessageDeflate: false });
  let port = options.port;
  const base = (address: string): string => baseAddress(address, port);
  const serverNetwork = createServerNetwork({ plan, tokens, port: () => port, choice: options.addressChoice ?? addressChoiceInMemory() });
  const network = serverNetwork.info;
  const hub = createClientHub({ ...options, open: plan.open, network, networkLog, onChooseAddress: serverNetwork.choose, onNetworkChange: serverNetwork.onChange });

  // Created after the screens' hub, so the store tells the screens of a change first.
  const readAlong = createReadAlongHub({
    store: options.store,
    tokens,
    open: plan.open,
    maxReaders: options.maxReaders ?? DEFAULT_NETWORK_SETTINGS.networkMaxReaders,
    deckVersion: (deck) => deckDocument(deck).version,
    networkLog,
  });

  const editors = options.editor === undefined ? undefined : createEditorHub({ ...options.editor, tokens, open: plan.open, networkLog });

  http.on('upgrade', (request, socket, head) => {
    const path = (request.url ?? '').split('?')[0];
    const reader = path === READ_SOCKET_PATH;
    const address = request.socket.remoteAddress ?? 'unknown';
    // A read-along page is never named by address in the log (README: nothing about the reader is kept).
    const logged = reader ? undefined : address;
    const from = reader ? 'a read-along page' : address;
    const refuse = (status: string): void => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    socket.on('error', () => socket.destroy());
    const editing = path === EDIT_SOCKET_PATH && editors !== undefined;
    if (path !== SOCKET_PATH && !reader && !editing) return refuse('404 Not Found');
    // A foreign page is refused, but never counted against its address: a hostile page open
    // in the presenter's own phone must not lock the phone's remote out.
    if (!isAllowedHost(request.headers.host, machineName) || !isSameOrigin(request.headers.origin, request.headers.host)) {
      networkLog.warn('foreign-page', logged, `refused a connection from ${from}: not from one of the show's own pages`);
      return refuse('403 Forbidden');
    }
    try {
      if (editing) editSockets.handleUpgrade(request, socket, head, (ws) => editors.accept(ws, address));
      else sockets.handleUpgrade(request, socket, head, (ws) => (reader ? readAlong.accept(ws, address) : hub.accept(ws, address)));
    } catch (error) {
      networkLog.warn('request-failed', logged, `a connection from ${from} failed: ${error instanceof Error ? error.message : String(error)}`);
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
    chooseAddress: serverNetwork.choose,
    onNetworkChange: serverNetwork.onChange,
    clientCount: hub.count,
    readerCount: readAlong.count,
    close() {
      hub.close();
      readAlong.close();
      editors?.close();
      networkLog.close();
      sockets.close();
      editSockets.close();
      http.closeAllConnections();
      return new Promise((resolve) => http.close(() => resolve()));
    },
  };
}
