import type { WrittenAnnouncement } from '../announcements/announcement';
import type { ShownAnnouncement } from '../announcements/shown-announcement';
import { isRecord } from '../content/is-record';
import type { Deck } from '../deck/deck';
import type { Settings } from '../settings/settings';
import { parseShowCommand, type ShowCommand } from '../show/commands';
import type { ShowState } from '../show/show-state';

/**
 * The show server's WebSocket protocol: the same commands and snapshots as IPC (STYLE §7),
 * as JSON text messages. Whatever a connection may do is decided on the server, from the
 * token it presented; nothing in a page can grant itself more.
 */

/**
 * What a token allows: `display` may watch the show; `control` may also send commands;
 * `follow` may only read along on a phone (the read-along page), on a socket of its own.
 */
export const CAPABILITIES = ['display', 'control', 'follow'] as const;
export type Capability = (typeof CAPABILITIES)[number];
/** The capabilities of pages on the show socket: screens and controllers. */
export const SCREEN_CAPABILITIES = ['display', 'control'] as const;
export type ScreenCapability = (typeof SCREEN_CAPABILITIES)[number];

export function isCapability(value: unknown): value is Capability {
  return typeof value === 'string' && (CAPABILITIES as readonly string[]).includes(value);
}

/** The WebSocket's path on the show server. */
export const SOCKET_PATH = '/show-socket';
/**
 * The read-along pages' WebSocket: one way (after its hello a page sends nothing) and
 * small, a `reading` message per change, so a broker could carry it (docs/read-along-at-scale.md).
 */
export const READ_SOCKET_PATH = '/read-socket';
/** The statement as the read-along page loads it: once, then revalidated by its ETag. */
export const DECK_PATH = '/deck.json';

/** The largest message the server accepts; every real one is far smaller. */
export const MAX_CLIENT_MESSAGE_BYTES = 4096;

/** Longest token, client id or command id the server reads. */
const MAX_ID_LENGTH = 100;

/** page → server */
export type ClientMessage =
  /** The first message: who this is, and the token from the page's address (none on loopback). */
  | { readonly type: 'hello'; readonly clientId: string; readonly token?: string }
  /** For the clock: the server answers with its time at once. */
  | { readonly type: 'ping'; readonly id: number }
  /** A show command; `id` is unique per command, so a retry after a reconnect is applied once. */
  | { readonly type: 'command'; readonly id: string; readonly command: ShowCommand }
  /** Replace the token of a capability, disconnecting everyone who used the old one (control only). */
  | { readonly type: 'replaceToken'; readonly capability: Capability }
  /** Use this one of `NetworkInfo.choices` in the addresses and QR codes, from now on and at the next start (control only). */
  | { readonly type: 'chooseAddress'; readonly address: string };

/** Why the server closes a connection, for the page to say so. */
export const REFUSALS = ['no-token', 'wrong-token', 'token-replaced', 'too-many-clients', 'too-many-attempts', 'flooding', 'bad-message', 'no-hello', 'server-closing'] as const;
export type Refusal = (typeof REFUSALS)[number];

/**
 * An address the show can be opened at, with the interface that holds it and how likely a
 * phone in the room is to reach it: `main` (the interface of the default route), `other`
 * (another Wi-Fi or Ethernet address), `vpn` (a tunnel or CGNAT: only the VPN's peers).
 */
export interface NetworkAddress {
  readonly address: string;
  readonly interfaceName: string;
  readonly kind: 'main' | 'other' | 'vpn';
}

/** The show server as a control page sees it (the presenter view shows it). */
export interface NetworkInfo {
  /** Whether other machines can reach the server (bound to a LAN address), or only this one. */
  readonly open: boolean;
  /** The server's base addresses, e.g. `http://192.168.1.20:8765/`. */
  readonly addresses: readonly string[];
  /** The audience page with the display token, for a TV or a Raspberry Pi (open servers only). */
  readonly displayUrl?: string;
  /** The presenter view with the control token (open servers only). */
  readonly presenterUrl?: string;
  /** The editor page (with the control token, when open): the statement, the organizations and the settings, edited in a page. */
  readonly editUrl?: string;
  /** The phone remote with the control token (open servers only). */
  readonly remoteUrl?: string;
  /** `remoteUrl` as a QR code: a `data:image/svg+xml` URL, made offline by the server. */
  readonly remoteQr?: string;
  /** The read-along page with the follow code, for phones in the crowd (open servers only; audience screens get this alone). */
  readonly readAlongUrl?: string;
  /** The addresses the presenter may choose from, best first (open servers only). */
  readonly choices?: readonly NetworkAddress[];
  /** The one of `choices` in every address and QR code here: the presenter's choice, else the best. */
  readonly chosenAddress?: string;
  /** Open, but on no network phones are likely to reach (only link-local, bridges or VPNs). */
  readonly unreachable?: boolean;
}

/** server → page */
export type ServerMessage =
  | { readonly type: 'welcome'; readonly capability: Capability; readonly serverTime: number }
  | { readonly type: 'refused'; readonly reason: Refusal; readonly message: string }
  | { readonly type: 'pong'; readonly id: number; readonly serverTime: number }
  /** Sent once per connection, and again only when the deck changes. */
  | { readonly type: 'deck'; readonly deck: Deck }
  /**
   * The show's state after a change, to be shown at server time `at` (a moment ahead, so
   * every screen changes together). `settings` comes only when it changed, and first.
   */
  | { readonly type: 'state'; readonly state: ShowState; readonly at: number; readonly settings?: Settings }
  | { readonly type: 'ack'; readonly id: string }
  | { readonly type: 'problems'; readonly problems: readonly string[] }
  | { readonly type: 'network'; readonly network: NetworkInfo }
  /** To controllers only: the announcements written in advance, to put up by id. Sent once per connection and when the file changes. */
  | { readonly type: 'announcements'; readonly announcements: readonly WrittenAnnouncement[] }
  /**
   * To a read-along page, all it is sent after its welcome: the slide on the audience
   * screens, by its index in the deck whose ETag (at `DECK_PATH`) is `deck`. Sent when
   * either changes, and again every `READING_BEAT_MS` as a sign of life.
   */
  | ReadingMessage;

/** Where the show is, as a read-along page is told it. */
export interface ReadingMessage {
  readonly type: 'reading';
  readonly deck: string;
  readonly slide: number;
  /** The announcement over the show, while one is up: the page shows it over the statement. */
  readonly announcement?: ShownAnnouncement;
}

/** How often a read-along page hears where the show is, changed or not: a silence of a few of these means the link is lost. */
export const READING_BEAT_MS = 10_000;

/** A JSON text that holds a mapping, or `undefined` for anything else (bad JSON included). */
export function parseJsonRecord(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
/** An IPv4 or IPv6 address as text (the server checks it is one of its own choices). */
export const isAddressText = (value: unknown): value is string => typeof value === 'string' && /^[0-9A-Fa-f:.]{2,45}$/u.test(value);
const hasOnlyKeys = (value: Record<string, unknown>, ...keys: string[]): boolean => Object.keys(value).every((key) => key === 'type' || keys.includes(key));

/**
 * Reads a message from a page. Anything that is not exactly one of `ClientMessage`
 * (bad JSON, an unknown type, an extra field, a bad command by `parseShowCommand`, the
 * same check as IPC) is `undefined`, and the server refuses it.
 */
export function parseClientMessage(text: string): ClientMessage | undefined {
  if (text.length > MAX_CLIENT_MESSAGE_BYTES) return undefined;
  const value = parseJsonRecord(text);
  if (value === undefined) return undefined;
  switch (value.type) {
    case 'hello':
      return hasOnlyKeys(value, 'clientId', 'token') && isShortText(value.clientId) && (value.token === undefined || isShortText(value.token))
        ? { type: 'hello', clientId: value.clientId, ...(value.token === undefined ? {} : { token: value.token }) }
        : undefined;
    case 'ping':
      return hasOnlyKeys(value, 'id') && Number.isSafeInteger(value.id) ? { type: 'ping', id: value.id as number } : undefined;
    case 'command': {
      const command = parseShowCommand(value.command);
      return hasOnlyKeys(value, 'id', 'command') && isShortText(value.id) && command !== undefined ? { type: 'command', id: value.id, command } : undefined;
    }
    case 'replaceToken':
      return hasOnlyKeys(value, 'capability') && isCapability(value.capability) ? { type: 'replaceToken', capability: value.capability } : undefined;
    case 'chooseAddress':
      return hasOnlyKeys(value, 'address') && isAddressText(value.address) ? { type: 'chooseAddress', address: value.address } : undefined;
    default:
      return undefined;
  }
}

/** The `<meta name>` the show server adds to the pages it serves, so the renderer knows to connect to it. */
export const SHOW_SERVER_META = 'yeondae-show-server';

/** The pages the show server serves, by path: each is the renderer, showing one view. */
export const SERVER_VIEWS = { '/': 'audience', '/presenter': 'presenter', '/remote': 'remote', '/read': 'read', '/edit': 'edit' } as const;
