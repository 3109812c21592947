import type { WrittenAnnouncement } from '../../common/announcements/announcement';
import type { Deck } from '../../common/deck/deck';
import type { ShowCommand } from '../../common/show/commands';
import type { Settings } from '../../common/settings/settings';
import { createShowReplica } from '../../common/show/show-replica';
import type { ServerMessage } from '../../common/network/protocol';
import { browserWindowActions } from './browser-window-actions';
import { createServerClock, localNow } from './server-clock';
import { openServerLink, type LinkState } from './server-link';
import type { NetworkStatus, ShowConnection } from './show-connection';
import { createSnapshotCell } from './snapshot-cell';

/** A command not yet confirmed is sent again after a reconnect, but only while it is this fresh. */
const RESEND_WITHIN_MS = 3000;

/** A random id for this page, from the one random source plain-HTTP pages have. */
function randomId(): string {
  return [...crypto.getRandomValues(new Uint8Array(12))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A view of the show owned by the show server, over its WebSocket. The page runs a
 * replica of the show on the server's clock (see `createShowReplica`), so screens change
 * together and go on looping if the server goes away; whatever the server sends wins.
 * `token` is the code from the page's address (`#key=…`); pages on this computer need none.
 * `localProblems` are this page's own (address options it could not follow), listed with the server's.
 */
export function createServerConnection(token: string | undefined, localProblems: readonly string[] = []): ShowConnection {
  const clientId = randomId();
  const cell = createSnapshotCell();
  let welcomeOffset: number | undefined;
  const clock = createServerClock(() => welcomeOffset);
  const replica = createShowReplica(clock);
  // The written announcements come to controllers only, beside the show the replica runs.
  let announcements: readonly WrittenAnnouncement[] | undefined;
  const show = (snapshot = replica.getSnapshot()): void => {
    if (snapshot !== undefined) cell.set(announcements === undefined ? snapshot : { ...snapshot, announcements });
  };
  replica.subscribe(show);
  let deck: Deck | undefined;
  let settings: Settings | undefined;
  let problems: readonly string[] = localProblems;
  let network: NetworkStatus = { link: { kind: 'connecting' } };
  const problemListeners = new Set<(problems: readonly string[]) => void>();
  const networkListeners = new Set<(network: NetworkStatus) => void>();
  const pending = new Map<string, { readonly command: ShowCommand; readonly sentAt: number }>();
  let sequence = 0;

  const setNetwork = (next: NetworkStatus): void => {
    network = next;
    for (const listener of [...networkListeners]) listener(network);
  };
  const onState = (link: LinkState): void => {
    if (link.kind !== 'connected') clock.stopPinging();
    setNetwork({ ...network, link });
  };
  const onMessage = (message: ServerMessage): void => {
    switch (message.type) {
      case 'welcome':
        welcomeOffset = message.serverTime - localNow();
        setNetwork({ ...network, capability: message.capability });
        clock.startPinging((id) => link.send({ type: 'ping', id }));
        for (const [id, entry] of pending) {
          if (localNow() - entry.sentAt > RESEND_WITHIN_MS) pending.delete(id);
          else link.send({ type: 'command', id, command: entry.command });
        }
        return;
      case 'pong':
        clock.pong(message.id, message.serverTime);
        return;
      case 'deck':
        deck = message.deck;
        return;
      case 'state':
        settings = message.settings ?? settings;
        if (deck !== undefined && settings !== undefined) replica.adopt(deck, settings, message.state, message.at);
        return;
      case 'ack':
        pending.delete(message.id);
        return;
      case 'announcements':
        announcements = message.announcements;
        show();
        return;
      case 'problems':
        problems = [...localProblems, ...message.problems];
        for (const listener of [...problemListeners]) listener(problems);
        return;
      case 'network':
        setNetwork({ ...network, info: message.network });
        return;
      case 'refused':
        return;
    }
  };
  const link = openServerLink({ clientId, token, onMessage, onState });

  return {
    now: clock.now,
    getSnapshot: cell.get,
    subscribe: cell.subscribe,
    send(command) {
      sequence += 1;
      const id = `${clientId}-${sequence}`;
      pending.set(id, { command, sentAt: localNow() });
      link.send({ type: 'command', id, command });
    },
    ...browserWindowActions,
    watchProblems(listener) {
      problemListeners.add(listener);
      listener(problems);
      return () => problemListeners.delete(listener);
    },
    watchNetwork(listener) {
      networkListeners.add(listener);
      listener(network);
      return () => networkListeners.delete(listener);
    },
    replaceToken(capability) {
      link.send({ type: 'replaceToken', capability });
    },
    chooseAddress(address) {
      link.send({ type: 'chooseAddress', address });
    },
  };
}
