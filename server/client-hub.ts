import type { WebSocket } from 'ws';
import type { Capability, NetworkInfo, ServerMessage } from '../common/network/protocol';
import type { ShowSnapshot, ShowStore } from '../common/show/show-store';
import type { Logger } from '../node/logger';
import { createAttemptLimiter } from './attempt-limiter';
import { startClientSession, type ClientSession, type SessionRules } from './client-session';
import type { HostProblems } from './host-problems';
import type { NetworkTokens } from './network-tokens';

/** How far ahead of now a change is shown, so every screen on the network has it in time to change together. */
export const CHANGE_LEAD_MS = 80;
/** Command ids remembered, so a command resent after a reconnect is applied once. */
const REMEMBERED_COMMANDS = 5000;

export interface ClientHubOptions {
  readonly store: Pick<ShowStore, 'getSnapshot' | 'subscribe' | 'dispatch'>;
  readonly problems: Pick<HostProblems, 'list' | 'subscribe'>;
  readonly tokens: NetworkTokens;
  /** Open to the network: every page needs a token. Closed (this computer only): none does. */
  readonly open: boolean;
  readonly maxClients: number;
  readonly network: () => NetworkInfo;
  readonly log: Logger;
  readonly now?: () => number;
}

/** Every page connected to the show server, kept in step with the one show. */
export interface ClientHub {
  accept(socket: WebSocket, address: string): void;
  /** Pages connected now, admitted or still saying hello. */
  count(): number;
  close(): void;
}

/**
 * Admits pages by their token (decided here, never in the page), applies their commands
 * to the store once each, and sends every page the deck once and each change of the show,
 * serialised once for all of them.
 */
export function createClientHub(options: ClientHubOptions): ClientHub {
  const { store, tokens, log } = options;
  const now = options.now ?? Date.now;
  const sessions = new Set<ClientSession>();
  const limiter = createAttemptLimiter();
  const seenCommands = new Set<string>();
  let sentDeck = store.getSnapshot().deck;
  let sentSettings = store.getSnapshot().settings;

  const admitted = (capability?: Capability): ClientSession[] =>
    [...sessions].filter((session) => session.capability() !== undefined && (capability === undefined || session.capability() === capability));
  const broadcast = (message: ServerMessage, to = admitted()): void => {
    const text = JSON.stringify(message);
    for (const session of to) session.send(text);
  };
  const networkMessage = (): ServerMessage => ({ type: 'network', network: options.network() });

  const rules: SessionRules = {
    now,
    warn: (message) => log.warn(message),
    admit(hello, address) {
      if (!limiter.allows(address, now())) return { refused: 'too-many-attempts' };
      if (hello.token === undefined) return options.open ? { refused: 'no-token' } : { capability: 'control' };
      const checked = tokens.check(hello.token);
      if (checked.ok) return { capability: checked.capability };
      limiter.recordFailure(address, now());
      log.warn(`refused a page at ${address}: ${checked.reason === 'token-replaced' ? 'its code was replaced' : 'wrong code'}`);
      return { refused: checked.reason };
    },
    welcome(session) {
      const { deck, settings, state } = store.getSnapshot();
      session.send({ type: 'welcome', capability: session.capability() ?? 'display', serverTime: now() });
      session.send({ type: 'deck', deck });
      session.send({ type: 'state', state, settings, at: now() });
      session.send({ type: 'problems', problems: options.problems.list() });
      if (session.capability() === 'control') session.send(networkMessage());
    },
    act(session, message) {
      switch (message.type) {
        case 'ping':
          session.send({ type: 'pong', id: message.id, serverTime: now() });
          return;
        case 'command':
          // A display page (a TV with a keyboard attached) may not move the show; it is not dropped for trying.
          if (session.capability() !== 'control') return;
          session.send({ type: 'ack', id: message.id });
          if (seenCommands.has(message.id)) return;
          seenCommands.add(message.id);
          if (seenCommands.size > REMEMBERED_COMMANDS) seenCommands.delete(seenCommands.values().next().value as string);
          store.dispatch(message.command);
          return;
        case 'replaceToken':
          if (session.capability() === 'control') tokens.replace(message.capability);
          return;
      }
    },
    closed: (session) => sessions.delete(session),
  };

  const onChange = (snapshot: ShowSnapshot): void => {
    if (snapshot.deck !== sentDeck) broadcast({ type: 'deck', deck: snapshot.deck });
    const settingsChanged = snapshot.settings !== sentSettings;
    sentDeck = snapshot.deck;
    sentSettings = snapshot.settings;
    broadcast({ type: 'state', state: snapshot.state, at: now() + CHANGE_LEAD_MS, ...(settingsChanged ? { settings: snapshot.settings } : {}) });
  };
  const stopShow = store.subscribe(onChange);
  const stopProblems = options.problems.subscribe((problems) => broadcast({ type: 'problems', problems }));
  const stopTokens = tokens.onReplace((capability) => {
    // Pages that came in with the old token leave; pages that needed none stay.
    for (const session of admitted(capability)) if (session.token() !== undefined && !tokens.check(session.token() ?? '').ok) session.refuse('token-replaced');
    broadcast(networkMessage(), admitted('control'));
  });

  return {
    accept(socket, address) {
      const session = startClientSession(socket, address, rules);
      sessions.add(session);
      if (sessions.size > options.maxClients) {
        log.warn(`refused a page at ${address}: the show already has ${options.maxClients} pages (networkMaxClients)`);
        session.refuse('too-many-clients');
      }
    },
    count: () => sessions.size,
    close() {
      stopShow();
      stopProblems();
      stopTokens();
      for (const session of [...sessions]) session.refuse('server-closing');
    },
  };
}
