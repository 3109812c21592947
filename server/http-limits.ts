import type { Server } from 'node:http';

/** How long and how much a client may take; see `limitHttpServer`. */
export interface HttpLimits {
  /** From connecting (or the end of the last answer) to the end of a request's headers. */
  readonly headersTimeoutMs: number;
  /** From connecting to the end of the whole request, body included (ours take none). */
  readonly requestTimeoutMs: number;
  /** How long a connection may wait, idle, for its next request after an answer. */
  readonly keepAliveTimeoutMs: number;
  /** How long a connection may go without a byte either way, in the middle of an answer too. */
  readonly idleTimeoutMs: number;
  /** Headers read from one request; the rest are dropped unread. */
  readonly maxHeadersCount: number;
}

/**
 * A phone on crowded venue Wi-Fi sends its headers (one packet) within a second, or a few
 * retransmissions later; ten seconds is generous for it and short for a slowloris, which
 * must then reconnect every ten seconds (Node's own 60 s let one client hold a connection a
 * minute for a byte a second). Browsers send 10-20 headers; Node's default is 2000.
 */
export const HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  maxHeadersCount: 100,
};

/** How often Node looks for requests past their timeouts, at most: a limit is enforced up to this late. */
const LONGEST_CHECK_INTERVAL_MS = 1_000;

/**
 * Sets the limits that keep slow or oversized requests from holding `server`: a client that
 * sends its headers a byte at a time, or connects and says nothing, is dropped at
 * `headersTimeoutMs`; headers larger than Node's 16 KiB are refused as Node refuses them.
 * Every refusal drops the connection without an answer: a guest gets nothing to read, and
 * Node 20's own 408 answer (tried) left a connection whose request line had come open
 * until the client sent another byte.
 * Call it before `listen`: Node reads how often to check the timeouts when it starts listening.
 */
export function limitHttpServer(server: Server, overrides: Partial<HttpLimits> = {}): void {
  if (server.listening) throw new Error('limitHttpServer must be called before the server listens');
  const limits = { ...HTTP_LIMITS, ...overrides };
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs);
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxHeadersCount = limits.maxHeadersCount;
  server.setTimeout(limits.idleTimeoutMs);
  // Not in @types/node's Server, but a property Node reads when it starts listening
  // (setupConnectionsTracking in lib/_http_server.js); its default, 30 s, would let a 10 s
  // headers timeout wait up to 40 s.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(LONGEST_CHECK_INTERVAL_MS, Math.ceil(limits.headersTimeoutMs / 4));
  server.on('clientError', (_error, socket) => socket.destroy());
}
