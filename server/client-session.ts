import type { RawData, WebSocket } from 'ws';
import { parseClientMessage, type Capability, type ClientMessage, type Refusal, type ServerMessage } from '../common/network/protocol';
import { createMessageBudget } from './message-budget';
import type { NetworkCause } from './network-log';

/**
 * How long a page has to say hello (with its token) before it is dropped. Our pages say it
 * as soon as the socket opens; a socket that stays silent only holds a place.
 */
export const HELLO_TIMEOUT_MS = 2000;
/**
 * How long a refused page has to answer the close handshake before its connection is cut.
 * ws waits 30 s by default, so a guest that never answers would hold each refused
 * connection that long; our pages answer at once and still read why they were refused.
 */
export const CLOSE_GRACE_MS = 1000;
/** A page whose unsent messages pile up past this is not reading them: it is dropped. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** WebSocket close codes: 1008 policy violation, 1013 try again later, 1001 going away. */
const CLOSE_CODE: Readonly<Record<Refusal, number>> = {
  'no-token': 4401,
  'wrong-token': 4401,
  'token-replaced': 4403,
  'too-many-clients': 1013,
  'too-many-attempts': 1013,
  flooding: 1008,
  'bad-message': 1008,
  'no-hello': 1008,
  'server-closing': 1001,
};

type Hello = Extract<ClientMessage, { type: 'hello' }>;

/** What the hub decides for the session: whether a hello gets in, and what its messages do. */
export interface SessionRules<M extends { readonly type: string } = ClientMessage> {
  /** Reads a message, `undefined` for one the socket does not take (the show socket's `parseClientMessage` unless given). */
  readonly parse?: (text: string) => M | Hello | undefined;
  /** The capability for this hello, or why it is refused. */
  admit(hello: Hello, address: string): { readonly capability: Capability } | { readonly refused: Refusal };
  /** A message from an admitted page, its capability already checked against what it asks. */
  act(session: ClientSession, message: Exclude<M, Hello>): void;
  welcome(session: ClientSession): void;
  closed(session: ClientSession): void;
  now(): number;
  /** Says what a page did, through the rate-limited network log. */
  warn(cause: NetworkCause, message: string): void;
  /** How the log names the page: `a page at <address>` unless given (a read-along page is never named by its address). */
  readonly who?: string;
}

/** One page connected to the show server. */
export interface ClientSession {
  readonly address: string;
  /** Set once the page said hello with an accepted token. */
  capability(): Capability | undefined;
  /** The token the page presented, if any (pages on a closed server need none). */
  token(): string | undefined;
  send(message: ServerMessage | string): void;
  /** Tells the page why, in plain words, and closes its connection (cut after `CLOSE_GRACE_MS` if it does not answer). */
  refuse(reason: Refusal): void;
  /** Cuts the connection at once, with no close handshake: for a page that never said who it is. */
  drop(): void;
}

/**
 * Runs one page's connection: the hello within `HELLO_TIMEOUT_MS`, then its messages,
 * each parsed by `parseClientMessage` and paid for from a message budget. Anything
 * malformed or out of turn closes the connection with a reason the page can show.
 */
export function startClientSession<M extends { readonly type: string } = ClientMessage>(socket: WebSocket, address: string, rules: SessionRules<M>): ClientSession {
  const parse = rules.parse ?? (parseClientMessage as (text: string) => M | Hello | undefined);
  let capability: Capability | undefined;
  let token: string | undefined;
  const budget = createMessageBudget(rules.now());
  let throttleSaid = false;
  let ended = false;
  const who = rules.who ?? `a page at ${address}`;

  const session: ClientSession = {
    address,
    capability: () => capability,
    token: () => token,
    send(message) {
      if (socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        rules.warn('not-reading', `dropping ${who}: it is not reading what the show sends`);
        session.drop();
        return;
      }
      socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    },
    refuse(reason) {
      if (ended) return;
      session.send({ type: 'refused', reason, message: refusalText(reason) });
      end();
      socket.close(CLOSE_CODE[reason], reason);
      setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
    },
    drop() {
      end();
      socket.terminate();
    },
  };
  /** From the moment it is refused or dropped, a page counts for nothing and is sent nothing more. */
  const end = (): void => {
    if (ended) return;
    ended = true;
    capability = undefined;
    clearTimeout(helloTimer);
    rules.closed(session);
  };
  const helloTimer = setTimeout(() => {
    rules.warn('no-hello', `dropping ${who}: it did not say who it is within ${HELLO_TIMEOUT_MS / 1000} s`);
    session.drop();
  }, HELLO_TIMEOUT_MS);

  const onMessage = (data: RawData, isBinary: boolean): void => {
    if (ended) return;
    const verdict = budget.take(rules.now());
    if (verdict === 'drop') {
      rules.warn('flooding', `dropping ${who}: it sent far more messages than a person could`);
      session.refuse('flooding');
      return;
    }
    if (verdict === 'throttled') {
      if (!throttleSaid) rules.warn('flooding', `ignoring messages from ${who}: too many, too fast`);
      throttleSaid = true;
      return;
    }
    const message = isBinary ? undefined : parse(data.toString());
    if (message === undefined) {
      rules.warn('bad-message', `closing ${who}: it sent a message the show does not know`);
      session.refuse('bad-message');
      return;
    }
    if (isHello(message)) {
      if (capability !== undefined) return;
      clearTimeout(helloTimer);
      const admitted = rules.admit(message, address);
      if ('refused' in admitted) {
        session.refuse(admitted.refused);
        return;
      }
      capability = admitted.capability;
      token = message.token;
      rules.welcome(session);
      return;
    }
    if (capability === undefined) {
      session.refuse('no-hello');
      return;
    }
    rules.act(session, message as Exclude<M, Hello>);
  };
  socket.on('message', (data, isBinary) => {
    // Nothing a page sends may throw out of here: ws would pass it to the process, and the show server would stop.
    try {
      onMessage(data, isBinary);
    } catch (error) {
      rules.warn('request-failed', `dropping ${who}: its message could not be handled (${error instanceof Error ? error.message : String(error)})`);
      session.drop();
    }
  });
  socket.on('error', () => undefined);
  socket.on('close', end);
  return session;
}

function isHello(message: { readonly type: string }): message is Hello {
  return message.type === 'hello';
}

/** What a refused page says, in plain words. */
export function refusalText(reason: Refusal): string {
  switch (reason) {
    case 'no-token':
      return 'This address needs its code (the part after # in the address the presenter view shows).';
    case 'wrong-token':
      return 'The code in this address is not right. Ask for the address from the presenter view.';
    case 'token-replaced':
      return 'The code in this address was replaced. Ask for the new address from the presenter view.';
    case 'too-many-clients':
      return 'The show has as many screens as it allows. Close another one, or raise networkMaxClients.';
    case 'too-many-attempts':
      return 'Too many wrong codes from this device. Open the address the presenter view shows: the right code always works.';
    case 'flooding':
      return 'This page sent too many messages and was disconnected.';
    case 'bad-message':
      return 'The show server did not understand a message from this page.';
    case 'no-hello':
      return 'The page did not say who it is in time.';
    case 'server-closing':
      return 'The show server is stopping.';
  }
}
