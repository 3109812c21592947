import type { WebSocket } from 'ws';
import { parseClientMessage, type Capability, type ClientMessage, type Refusal, type ServerMessage } from '../common/network/protocol';
import { createMessageBudget } from './message-budget';

/** How long a page has to say hello (with its token) before it is dropped. */
export const HELLO_TIMEOUT_MS = 5000;
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

/** What the hub decides for the session: whether a hello gets in, and what its messages do. */
export interface SessionRules {
  /** The capability for this hello, or why it is refused. */
  admit(hello: Extract<ClientMessage, { type: 'hello' }>, address: string): { readonly capability: Capability } | { readonly refused: Refusal };
  /** A message from an admitted page, its capability already checked against what it asks. */
  act(session: ClientSession, message: Exclude<ClientMessage, { type: 'hello' }>): void;
  welcome(session: ClientSession): void;
  closed(session: ClientSession): void;
  now(): number;
  warn(message: string): void;
}

/** One page connected to the show server. */
export interface ClientSession {
  readonly address: string;
  /** Set once the page said hello with an accepted token. */
  capability(): Capability | undefined;
  /** The token the page presented, if any (pages on a closed server need none). */
  token(): string | undefined;
  send(message: ServerMessage | string): void;
  /** Tells the page why, in plain words, and closes its connection. */
  refuse(reason: Refusal): void;
}

/**
 * Runs one page's connection: the hello within `HELLO_TIMEOUT_MS`, then its messages,
 * each parsed by `parseClientMessage` and paid for from a message budget. Anything
 * malformed or out of turn closes the connection with a reason the page can show.
 */
export function startClientSession(socket: WebSocket, address: string, rules: SessionRules): ClientSession {
  let capability: Capability | undefined;
  let token: string | undefined;
  const budget = createMessageBudget(rules.now());
  let throttleSaid = false;

  const session: ClientSession = {
    address,
    capability: () => capability,
    token: () => token,
    send(message) {
      if (socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        rules.warn(`dropping a page at ${address}: it is not reading what the show sends`);
        socket.terminate();
        return;
      }
      socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    },
    refuse(reason) {
      session.send({ type: 'refused', reason, message: refusalText(reason) });
      capability = undefined;
      socket.close(CLOSE_CODE[reason], reason);
    },
  };
  const helloTimer = setTimeout(() => session.refuse('no-hello'), HELLO_TIMEOUT_MS);

  socket.on('message', (data, isBinary) => {
    const verdict = budget.take(rules.now());
    if (verdict === 'drop') {
      rules.warn(`dropping a page at ${address}: it sent far more messages than a person could`);
      session.refuse('flooding');
      return;
    }
    if (verdict === 'throttled') {
      if (!throttleSaid) rules.warn(`ignoring messages from a page at ${address}: too many, too fast`);
      throttleSaid = true;
      return;
    }
    const message = isBinary ? undefined : parseClientMessage(data.toString());
    if (message === undefined) {
      session.refuse('bad-message');
      return;
    }
    if (message.type === 'hello') {
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
    rules.act(session, message);
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    clearTimeout(helloTimer);
    rules.closed(session);
  });
  return session;
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
      return 'Too many wrong codes from this device. Wait a minute, then try the right address.';
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
