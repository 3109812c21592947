import { parseServerMessage } from '../../common/network/server-message';
import { SOCKET_PATH, type ClientMessage, type Refusal, type ServerMessage } from '../../common/network/protocol';

/** How this page's connection to the show server stands. */
export type LinkState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'connected' }
  | { readonly kind: 'offline'; readonly retryInMs: number }
  | { readonly kind: 'refused'; readonly reason: Refusal; readonly message: string };

/** Refusals that no retry can cure: the address (its code) must change. */
const FINAL_REFUSALS: readonly Refusal[] = ['no-token', 'wrong-token', 'token-replaced'];
/** Waits between attempts: quick at first, so a restarted server has every screen back within seconds. */
const BACKOFF_MS = [250, 500, 1000, 2000];
/** After a refusal that may pass (the show is full, too many wrong codes), wait longer. */
const REFUSED_RETRY_MS = 15_000;
/**
 * A connection that has heard nothing for this long is taken for dead (a phone that slept,
 * a cable pulled: TCP may not notice for minutes) and opened again. The clock's pings
 * (server-clock.ts) make the server answer every few seconds even when the show is still.
 */
const SILENCE_LIMIT_MS = 10_000;
const SILENCE_CHECK_MS = 2000;

export interface ServerLink<S extends { readonly type: string } = ClientMessage> {
  /** Sends a message now; `false` when the connection is not open. */
  send(message: S): boolean;
  close(): void;
}

/** Messages every socket of the show server sends: its welcome and its refusal. */
type LinkMessage = Extract<ServerMessage, { type: 'welcome' | 'refused' }>;

export interface ServerLinkOptions<M extends { readonly type: string } = ServerMessage> {
  /** Reads a message from the server: the show socket's `parseServerMessage` unless given. */
  readonly parse?: (data: unknown) => M | LinkMessage | undefined;
  readonly clientId: string;
  readonly token: string | undefined;
  /** The socket's path: `SOCKET_PATH` (screens and controllers) unless given. */
  readonly path?: string;
  /** Heard nothing for this long, the link is taken for dead: `SILENCE_LIMIT_MS` unless given (the server must speak more often). */
  readonly silenceLimitMs?: number;
  /**
   * Up to this much is added at random to each wait before a retry: a crowd of phones that
   * lost the server together then comes back over a few seconds, not in one burst.
   */
  readonly retrySpreadMs?: number;
  readonly onMessage: (message: M | LinkMessage) => void;
  readonly onState: (state: LinkState) => void;
}

/**
 * Keeps a WebSocket to the server that served this page: says hello with the page's
 * token, passes on every well-formed message, and reconnects by itself with backoff
 * (a phone waking up, a server restarting), except after a refusal only a new address
 * can cure. The browser saying it went offline counts as losing the link at once, so the
 * page can say so without waiting for the silence.
 */
export function openServerLink<M extends { readonly type: string } = ServerMessage, S extends { readonly type: string } = ClientMessage>(options: ServerLinkOptions<M>): ServerLink<S> {
  const parse = options.parse ?? (parseServerMessage as (data: unknown) => M | LinkMessage | undefined);
  let socket: WebSocket | undefined;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let refusal: Extract<ServerMessage, { type: 'refused' }> | undefined;
  let heardAt = 0;

  const scheduleRetry = (delayMs: number): void => {
    options.onState({ kind: 'offline', retryInMs: delayMs });
    retryTimer = setTimeout(connect, delayMs);
  };
  function connect(): void {
    retryTimer = undefined;
    refusal = undefined;
    options.onState({ kind: 'connecting' });
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${options.path ?? SOCKET_PATH}`;
    const current = new WebSocket(url);
    socket = current;
    current.onopen = () => {
      heardAt = performance.now();
      current.send(JSON.stringify({ type: 'hello', clientId: options.clientId, ...(options.token === undefined ? {} : { token: options.token }) }));
    };
    current.onmessage = (event: MessageEvent) => {
      heardAt = performance.now();
      const message = parse(event.data);
      if (message === undefined) return;
      if (message.type === 'welcome') {
        failures = 0;
        options.onState({ kind: 'connected' });
      }
      if (isRefusal(message)) refusal = message;
      options.onMessage(message);
    };
    current.onclose = () => lost(current);
  }
  /** The connection is gone (closed, or silent too long): say why, and try again unless told not to. */
  function lost(current: WebSocket): void {
    if (socket !== current || closed) return;
    socket = undefined;
    current.onclose = null;
    current.onmessage = null;
    current.close();
    if (refusal !== undefined && FINAL_REFUSALS.includes(refusal.reason)) {
      options.onState({ kind: 'refused', reason: refusal.reason, message: refusal.message });
      return;
    }
    const delay = refusal !== undefined && refusal.reason !== 'server-closing' ? REFUSED_RETRY_MS : BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)] ?? 2000;
    failures += 1;
    // A little jitter, so fifty screens do not all knock at the same moment.
    scheduleRetry(delay * (0.8 + Math.random() * 0.4) + Math.random() * (options.retrySpreadMs ?? 0));
  }
  // A phone that wakes up, or a laptop that rejoins the network: try at once.
  const retryNow = (): void => {
    if (retryTimer === undefined || closed) return;
    clearTimeout(retryTimer);
    connect();
  };
  window.addEventListener('online', retryNow);
  window.addEventListener('offline', () => {
    if (socket !== undefined) lost(socket);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') retryNow();
  });
  const keepAlive = setInterval(() => {
    if (socket?.readyState === WebSocket.OPEN && performance.now() - heardAt > (options.silenceLimitMs ?? SILENCE_LIMIT_MS)) lost(socket);
  }, SILENCE_CHECK_MS);
  connect();

  return {
    send(message) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(keepAlive);
      socket?.close();
    },
  };
}

function isRefusal(message: { readonly type: string }): message is Extract<ServerMessage, { type: 'refused' }> {
  return message.type === 'refused';
}
