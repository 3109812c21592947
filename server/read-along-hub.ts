import type { WebSocket } from 'ws';
import type { Deck } from '../common/deck/deck';
import { READING_BEAT_MS } from '../common/network/protocol';
import { createFrameCache } from '../common/show/show-model';
import type { ShowStore } from '../common/show/show-store';
import { createAttemptLimiter } from './attempt-limiter';
import { startClientSession, type ClientSession, type SessionRules } from './client-session';
import { readingMessage } from './client-views';
import type { NetworkCause, NetworkLog } from './network-log';
import type { NetworkTokens } from './network-tokens';
import { createFanOut } from './reader-fan-out';
import { createWaitingRoom, MAX_WAITING_PER_ADDRESS } from './waiting-room';

/**
 * Read-along connections all addresses together may hold open before saying hello: a
 * room of their own, apart from the screens' (which a thousand phones must never crowd).
 * Larger than the screens' 32, for a crowd's phones coming back together (the server
 * restarted, the hotspot came back), each in the room for a round trip that a crowded
 * hotspot stretches to a good part of a second: in tests/server/read-along-load.test.ts,
 * 300 readers opening at once and saying hello within 0.6 s all get in here, where a room
 * of 32 let 71 in. (The page spreads its reconnections over a few seconds as well.) A
 * guest's silent sockets still hold no more than this, and push out readers only, who
 * come back by themselves.
 */
export const MAX_WAITING_READERS = 256;

/** How the log names a reader: never by its address (README: nothing about the reader is kept). */
const READER = 'a read-along page';

export interface ReadAlongHubOptions {
  readonly store: Pick<ShowStore, 'getSnapshot' | 'subscribe'>;
  readonly tokens: NetworkTokens;
  /** Open to the network: every reader needs the follow code. Closed (this computer only): none does. */
  readonly open: boolean;
  /** Readers at once (`networkMaxReaders`), counted apart from the screens' cap. */
  readonly maxReaders: number;
  /** The version of a deck that `DECK_PATH` serves for it (deck-document.ts). */
  readonly deckVersion: (deck: Deck) => string;
  /** What guests cause, rate-limited; readers' lines name no address. */
  readonly networkLog: NetworkLog;
  readonly now?: () => number;
  /** How often readers hear where the show is, changed or not, and are asked for a sign of life. */
  readonly beatMs?: number;
}

/** Every read-along page connected, kept told where the show is. */
export interface ReadAlongHub {
  accept(socket: WebSocket, address: string): void;
  /** Readers admitted now. */
  count(): number;
  /** Read-along connections that have not said hello yet. */
  waitingCount(): number;
  close(): void;
}

/**
 * The phones of the crowd reading along (capability `follow`), on their own socket, cap
 * and waiting room, so that however many come, no screen or controller is kept out or
 * slowed down. A reader may only watch: after its hello, whatever it sends does nothing.
 * It is sent a welcome and then only `reading` messages, one text for all readers, when
 * the slide on screen (or the deck's version) changes and every `beatMs` as a sign of
 * life, after the screens and a batch at a time (reader-fan-out.ts). A reader that does not
 * answer the WebSocket's own ping by the next beat is gone (a phone that left the hotspot)
 * and its place is freed. Replacing the follow code disconnects every reader that used it
 * and nothing else; replacing another code disconnects no reader. The log names no reader's
 * address: its lines are counted, and the addresses are used in memory only, for the
 * waiting room's and the wrong codes' limits per address.
 */
export function createReadAlongHub(options: ReadAlongHubOptions): ReadAlongHub {
  const { store, tokens } = options;
  const now = options.now ?? Date.now;
  const connected = new Set<ClientSession>();
  const admitted = new Set<ClientSession>();
  const sockets = new Map<ClientSession, { readonly socket: WebSocket; answered: boolean }>();
  const waiting = createWaitingRoom<ClientSession>({ perAddress: MAX_WAITING_PER_ADDRESS, total: MAX_WAITING_READERS });
  const limiter = createAttemptLimiter();
  const fanOut = createFanOut<ClientSession>();
  const framesOf = createFrameCache();
  const warn = (cause: NetworkCause, message: string): void => options.networkLog.warn(cause, undefined, message);
  const readingNow = (): string => {
    const snapshot = store.getSnapshot();
    return JSON.stringify(readingMessage(snapshot, framesOf(snapshot.deck, snapshot.settings), options.deckVersion(snapshot.deck)));
  };
  let reading = readingNow();

  const refuseCode = (address: string, reason: 'no-token' | 'wrong-token' | 'token-replaced') => {
    if (!limiter.allows(address, now())) return { refused: 'too-many-attempts' } as const;
    limiter.recordFailure(address, now());
    const why = reason === 'token-replaced' ? 'its code was replaced' : reason === 'no-token' ? 'it has no code' : 'wrong code';
    warn(reason === 'token-replaced' ? 'replaced-code' : 'wrong-code', `refused ${READER}: ${why}`);
    return { refused: reason } as const;
  };

  const rules: SessionRules = {
    now,
    who: READER,
    warn,
    admit(hello, address) {
      if (hello.token === undefined) {
        if (options.open) return refuseCode(address, 'no-token');
      } else {
        const checked = tokens.check(hello.token);
        if (!checked.ok) return refuseCode(address, checked.reason);
        // A screen's or the remote's code is not for this page: a reader is given the follow code, and only it.
        if (checked.capability !== 'follow') return refuseCode(address, 'wrong-token');
      }
      if (admitted.size >= options.maxReaders) {
        warn('too-many-clients', `refused ${READER}: the read-along already has ${options.maxReaders} readers (networkMaxReaders)`);
        return { refused: 'too-many-clients' };
      }
      return { capability: 'follow' };
    },
    welcome(session) {
      waiting.leave(session);
      admitted.add(session);
      session.send({ type: 'welcome', capability: 'follow', serverTime: now() });
      session.send(reading);
    },
    act() {
      // A reader may only watch: a command, a ping or a request to replace a code does nothing.
    },
    closed(session) {
      connected.delete(session);
      waiting.leave(session);
      admitted.delete(session);
      sockets.delete(session);
    },
  };

  const stopShow = store.subscribe(() => {
    const next = readingNow();
    // A change the reader cannot see (the next language of the same slide, the black screen, the loop) is not sent.
    if (next === reading) return;
    reading = next;
    fanOut.send(reading, admitted);
  });
  const stopTokens = tokens.onReplace((capability) => {
    if (capability !== 'follow') return;
    // Readers that came in with the old code leave; readers that needed none (this computer only) stay.
    for (const session of [...admitted]) if (session.token() !== undefined) session.refuse('token-replaced');
  });
  const beat = setInterval(() => {
    for (const [session, link] of sockets) {
      if (!admitted.has(session)) continue;
      if (!link.answered) {
        session.drop();
        continue;
      }
      link.answered = false;
      link.socket.ping();
    }
    fanOut.send(reading, admitted);
  }, options.beatMs ?? READING_BEAT_MS);
  beat.unref();

  return {
    accept(socket, address) {
      const session = startClientSession(socket, address, rules);
      connected.add(session);
      const link = { socket, answered: true };
      sockets.set(session, link);
      socket.on('pong', () => {
        link.answered = true;
      });
      for (const pushedOut of waiting.enter(session, address)) {
        warn('too-many-waiting', `cut ${READER} that had not said who it is: too many were waiting`);
        pushedOut.drop();
      }
    },
    count: () => admitted.size,
    waitingCount: () => waiting.size(),
    close() {
      stopShow();
      stopTokens();
      clearInterval(beat);
      fanOut.stop();
      for (const session of [...connected]) session.refuse('server-closing');
    },
  };
}
