import WebSocket from 'ws';
import type { ServerMessage } from '../../common/network/protocol';

/** A Node WebSocket client of the show server, as a test drives it. */
export interface SocketClient {
  readonly socket: WebSocket;
  readonly messages: ServerMessage[];
  send(message: unknown): void;
  /** Resolves with the first message (already received or to come) that `match` accepts. */
  next<T extends ServerMessage['type']>(type: T, match?: (message: Extract<ServerMessage, { type: T }>) => boolean, timeoutMs?: number): Promise<Extract<ServerMessage, { type: T }>>;
  /** Resolves with the close code once the server closes the connection. */
  closed: Promise<number>;
  close(): void;
}

/** How the connection is made: `localAddress` plays another guest on loopback (`127.0.0.80`). */
export interface ConnectOptions {
  readonly localAddress?: string;
}

/** Opens a connection as one of our pages would (same Origin), optionally saying hello with `token`. */
export function connectClient(url: string, origin: string, hello?: { readonly token?: string; readonly clientId?: string }, options: ConnectOptions = {}): Promise<SocketClient> {
  const socket = new WebSocket(url, { origin, ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }) });
  const messages: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as ServerMessage);
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('error', () => undefined);
  const client: SocketClient = {
    socket,
    messages,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(type, match = () => true, timeoutMs = 5000) {
      type Wanted = Extract<ServerMessage, { type: typeof type }>;
      const find = () => messages.find((message): message is Wanted => message.type === type && match(message as Wanted));
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = find();
          if (found === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${type} message within ${timeoutMs} ms; got ${messages.map((message) => message.type).join(', ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    closed,
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      if (hello !== undefined) client.send({ type: 'hello', clientId: hello.clientId ?? 'test-client', ...(hello.token === undefined ? {} : { token: hello.token }) });
      resolve(client);
    });
    socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
    socket.once('error', reject);
  });
}
