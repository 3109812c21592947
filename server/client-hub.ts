import type { WebSocket } from 'ws';
import { SCREEN_CAPABILITIES, type Capability, type NetworkInfo, type ScreenCapability, type ServerMessage } from '../common/network/protocol';
import type { ShowSnapshot, ShowStore } from '../common/show/show-store';
import { createCodeAdmission } from './code-admission';
import { startClientSession, type ClientSession, type SessionRules } from './client-session';
import { announcementsMessage, networkMessage, problemsMessage, stateMessage } from './client-views';
import type { HostProblems } from './host-problems';
import type { NetworkLog } from './network-log';
import type { NetworkTokens } from './network-tokens';
import { createWaitingRoom } from './waiting-room';

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
  /** Pages that presented a valid code (or, on this computer only, any page) at once; pages still saying hello are not counted. */
  readonly maxClients: number;
  readonly network: () => NetworkInfo;
  /** A controller chose the address to show; `false` when it is not one of the choices. */
  readonly onChooseAddress: (address: string) => boolean;
  /** Calls its listener when what `network()` says changes. */
  readonly onNetworkChange: (listener: () => void) => () => void;
  /** What guests cause, rate-limited. */
  readonly networkLog: NetworkLog;
  readonly now?: () => number;
}

/** Every page connected to the show server, kept in step with the one show. */
export interface ClientHub {
  accept(socket: WebSocket, address: string): void;
  /** Pages admitted now (each presented a valid code, where one is needed). */
  count(): number;
  /** Connections that have not said hello yet. */
  waitingCount(): number;
  close(): void;
}

/**
 * Admits pages by their token (decided here, never in the page), applies their commands
 * to the store once each, and sends every page the deck once and each change of the show,
 * serialised once per capability (each gets what its view shows, `client-views.ts`).
 *
 * Admission, against guests on the same network: a connection that has not said hello
 * waits in a small room of its own (`waiting-room.ts`) and is cut after 2 s; the client cap
 * counts admitted pages only; a wrong code counts against its address, which past a few
 * is refused at once, but the right code from that address always gets in while the cap allows.
 */
export function createClientHub(options: ClientHubOptions): ClientHub {
  const { store, tokens, networkLog } = options;
  const now = options.now ?? Date.now;
  const connected = new Set<ClientSession>();
  const admitted = new Set<ClientSession>();
  const waiting = createWaitingRoom<ClientSession>();
  const seenCommands = new Set<string>();
  let sentDeck = store.getSnapshot().deck;
  let sentSettings = store.getSnapshot().settings;
  let sentAnnouncements = store.getSnapshot().announcements;
  let sentState = store.getSnapshot().state;

  const pagesWith = (capability: Capability): ClientSession[] => [...admitted].filter((session) => session.capability() === capability);
  /** Sends each capability its own version of a message, serialised once for all its pages. */
  const broadcast = (messageFor: (capability: ScreenCapability) => ServerMessage | undefined): void => {
    for (const capability of SCREEN_CAPABILITIES) {
      const pages = pagesWith(capability);
      const message = pages.length === 0 ? undefined : messageFor(capability);
      if (message === undefined) continue;
      const text = JSON.stringify(message);
      for (const session of pages) session.send(text);
    }
  };
  const admitCode = createCodeAdmission({ tokens, open: options.open, networkLog, now });

  const rules: Omit<SessionRules, 'warn'> = {
    now,
    admit(hello, address) {
      const admission = admitCode(hello, address);
      if ('refused' in admission) return admission;
      if (admitted.size >= options.maxClients) {
        networkLog.warn('too-many-clients', address, `refused a page at ${address}: the show already has ${options.maxClients} pages (networkMaxClients)`);
        return { refused: 'too-many-clients' };
      }
      return admission;
    },
    welcome(session) {
      const capability = session.capability() === 'control' ? 'control' : 'display';
      waiting.leave(session);
      admitted.add(session);
      const { deck, settings, state, announcements } = store.getSnapshot();
      session.send({ type: 'welcome', capability, serverTime: now() });
      session.send({ type: 'deck', deck });
      // Before the state, so a controller that joins while one is up can name it.
      const written = announcementsMessage(capability, announcements);
      if (written !== undefined) session.send(written);
      session.send(stateMessage(capability, state, now(), settings));
      for (const message of [problemsMessage(capability, options.problems.list()), networkMessage(capability, options.network)]) if (message !== undefined) session.send(message);
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
        case 'chooseAddress':
          if (session.capability() === 'control') options.onChooseAddress(message.address);
          return;
      }
    },
    closed(session) {
      connected.delete(session);
      waiting.leave(session);
      admitted.delete(session);
    },
  };

  const onChange = (snapshot: ShowSnapshot): void => {
    const deckChanged = snapshot.deck !== sentDeck;
    if (deckChanged) broadcast(() => ({ type: 'deck', deck: snapshot.deck }));
    if (snapshot.announcements !== sentAnnouncements) broadcast((capability) => announcementsMessage(capability, snapshot.announcements));
    sentAnnouncements = snapshot.announcements;
    const settingsChanged = snapshot.settings !== sentSettings;
    // A new list of announcements alone (a content file saved) leaves the show as it was: no screen is sent it again.
    const showChanged = deckChanged || settingsChanged || snapshot.state !== sentState;
    sentDeck = snapshot.deck;
    sentSettings = snapshot.settings;
    sentState = snapshot.state;
    if (!showChanged) return;
    const at = now() + CHANGE_LEAD_MS;
    broadcast((capability) => stateMessage(capability, snapshot.state, at, settingsChanged ? snapshot.settings : undefined));
  };
  const stopShow = store.subscribe(onChange);
  const stopProblems = options.problems.subscribe((problems) => broadcast((capability) => problemsMessage(capability, problems)));
  /** Pages that came in with a replaced token leave; pages that needed none stay. */
  const dropReplacedTokens = (): void => {
    for (const session of [...admitted]) if (session.token() !== undefined && !tokens.check(session.token() ?? '').ok) session.refuse('token-replaced');
  };
  const stopTokens = tokens.onReplace(dropReplacedTokens);
  const stopNetwork = options.onNetworkChange(() => {
    // First, whatever the order of the listeners: a page with the old code must never be sent the new one.
    dropReplacedTokens();
    broadcast((to) => networkMessage(to, options.network));
  });

  return {
    accept(socket, address) {
      const session = startClientSession(socket, address, { ...rules, warn: (cause, message) => networkLog.warn(cause, address, message) });
      connected.add(session);
      for (const pushedOut of waiting.enter(session, address)) {
        networkLog.warn('too-many-waiting', pushedOut.address, `cut a connection from ${pushedOut.address} that had not said who it is: too many were waiting`);
        pushedOut.drop();
      }
    },
    count: () => admitted.size,
    waitingCount: () => waiting.size(),
    close() {
      stopShow();
      stopProblems();
      stopTokens();
      stopNetwork();
      for (const session of [...connected]) session.refuse('server-closing');
    },
  };
}
