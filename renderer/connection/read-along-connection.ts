import type { ShownAnnouncement } from '../../common/announcements/shown-announcement';
import type { Deck } from '../../common/deck/deck';
import { DECK_PATH, READ_SOCKET_PATH, READING_BEAT_MS, type ReadingMessage } from '../../common/network/protocol';
import { parseDeckDocument } from '../../common/network/server-message';
import { openServerLink, type LinkState } from './server-link';

/** What a read-along page knows of the show. */
export interface ReadAlongSnapshot {
  /** The statement, once loaded; kept through any loss of the network. */
  readonly deck?: Deck;
  /** The index in `deck` of the slide on the audience screens, while the page knows it for this deck. */
  readonly slide?: number;
  /** The announcement over the show, while one is up. */
  readonly announcement?: ShownAnnouncement;
  readonly link: LinkState;
}

/** A read-along page's one-way view of the show: the statement, and where the show is in it. */
export interface ReadAlongConnection {
  getSnapshot(): ReadAlongSnapshot;
  subscribe(listener: () => void): () => void;
  /** The show server's time now, as this page estimates it from its welcome, for an announcement's countdown. */
  now(): number;
}

/** Silent this long (three beats missed), the link is taken for lost. */
const SILENCE_LIMIT_MS = 3 * READING_BEAT_MS;
/** A crowd of phones that lost the server together comes back over this many ms, not all at once. */
const RETRY_SPREAD_MS = 5000;
/** A live edit reaches every phone at once: each fetches the new statement within this, not in the same instant. */
const EDIT_SPREAD_MS = 2000;

/** A random id for this page, from the one random source plain-HTTP pages have. */
const randomId = (): string => [...crypto.getRandomValues(new Uint8Array(12))].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** The version an ETag names: its value without quotes or the weak marker. */
const versionOf = (etag: string | null): string | undefined => (etag === null ? undefined : etag.replace(/^W\//u, '').replace(/^"|"$/gu, ''));

/**
 * Connects a read-along page: the statement from `DECK_PATH` (once; the browser then
 * revalidates it by its ETag, so a reload costs a 304), and where the show is from the
 * read-along socket, which only ever tells this page `reading` messages. When the show's
 * deck changes (a live edit), the new one is fetched. The page says hello with `token`
 * (the follow code in its address) and nothing else, ever. Losing the network keeps the
 * statement; the link comes back by itself.
 */
export function createReadAlongConnection(token: string | undefined): ReadAlongConnection {
  let snapshot: ReadAlongSnapshot = { link: { kind: 'connecting' } };
  let loaded: { readonly version: string | undefined; readonly deck: Deck } | undefined;
  let place: ReadingMessage | undefined;
  let fetching = false;
  let serverOffset = 0;
  let editTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const publish = (): void => {
    const slide = loaded !== undefined && place !== undefined && place.deck === loaded.version && place.slide < loaded.deck.slides.length ? place.slide : undefined;
    const announcement = place?.announcement;
    snapshot = { link: snapshot.link, ...(loaded === undefined ? {} : { deck: loaded.deck }), ...(slide === undefined ? {} : { slide }), ...(announcement === undefined ? {} : { announcement }) };
    for (const listener of [...listeners]) listener();
  };
  const loadDeck = async (): Promise<void> => {
    if (fetching) return;
    fetching = true;
    let fetched = false;
    try {
      // `no-cache`: the browser asks with the ETag it has, and the server answers 304 while the statement is the same.
      const response = await fetch(DECK_PATH, { cache: 'no-cache' });
      const deck = response.ok ? parseDeckDocument(await response.text()) : undefined;
      if (deck !== undefined) loaded = { version: versionOf(response.headers.get('ETag')), deck };
      fetched = deck !== undefined;
    } catch {
      // Offline: the statement on the page stays, and the next message (or coming back online) tries again.
    } finally {
      fetching = false;
    }
    publish();
    // Edited again while it loaded: once more. (A failed load waits for the next message instead.)
    if (fetched && place !== undefined && loaded?.version !== place.deck) scheduleLoad(EDIT_SPREAD_MS);
  };
  const scheduleLoad = (spreadMs: number): void => {
    if (editTimer !== undefined) return;
    editTimer = setTimeout(() => {
      editTimer = undefined;
      void loadDeck();
    }, Math.random() * spreadMs);
  };

  openServerLink({
    clientId: randomId(),
    token,
    path: READ_SOCKET_PATH,
    silenceLimitMs: SILENCE_LIMIT_MS,
    retrySpreadMs: RETRY_SPREAD_MS,
    onState(link) {
      snapshot = { ...snapshot, link };
      publish();
    },
    onMessage(message) {
      if (message.type === 'welcome') serverOffset = message.serverTime - Date.now();
      if (message.type !== 'reading') return;
      place = message;
      // The first statement at once; a new version of it (a live edit) within a moment, spread over the crowd.
      if (loaded === undefined) void loadDeck();
      else if (loaded.version !== message.deck) scheduleLoad(EDIT_SPREAD_MS);
      publish();
    },
  });
  void loadDeck();

  return {
    getSnapshot: () => snapshot,
    now: () => Date.now() + serverOffset,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
