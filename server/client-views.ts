import type { WrittenAnnouncement } from '../common/announcements/announcement';
import type { NetworkInfo, ReadingMessage, ScreenCapability, ServerMessage } from '../common/network/protocol';
import { DEFAULT_HOST_SETTINGS } from '../common/settings/host-settings';
import { DEFAULT_NETWORK_SETTINGS } from '../common/settings/network-settings';
import type { Settings } from '../common/settings/settings';
import type { Frame } from '../common/show/frames';
import type { ShowSnapshot } from '../common/show/show-store';
import type { ShowState } from '../common/show/show-state';

/**
 * What each capability is sent, decided here and nowhere else (STYLE §9): a page gets what
 * its view shows. A watch-only screen shows the slides, so it gets the deck, the state and
 * the settings that change how a slide looks; the host's settings (exit keys, displays,
 * autostart) and the network's (port, client cap) are the machine's business, and reach
 * it as their defaults. The problems list (which names this computer's files) and the
 * network panel (addresses and codes) go to controllers only; a screen is told the one
 * address it shows, the read-along page's, for its QR code. The announcements written in
 * advance go to controllers, who put them up; a screen is sent the one that is up, in the
 * state, and never the list. A read-along page (`follow`)
 * shows the statement and where the show is in it: it is sent `readingMessage` alone
 * (the statement itself it loads over HTTP), never a state, settings, problems or network.
 */
export interface ClientView {
  readonly settings: (settings: Settings) => Settings;
  readonly problems: boolean;
  /** Whether the page is sent the written announcements, to put one up. */
  readonly announcements: boolean;
  /** What the page is told of the show server, if anything. */
  readonly network: (info: NetworkInfo) => NetworkInfo | undefined;
}

const screenSettings = (settings: Settings): Settings => ({ ...settings, ...DEFAULT_HOST_SETTINGS, ...DEFAULT_NETWORK_SETTINGS });
/** The read-along address alone, which a screen shows as a QR code (the follow code is meant to be public in the venue). */
const readAlongOnly = (info: NetworkInfo): NetworkInfo | undefined => (info.readAlongUrl === undefined ? undefined : { open: info.open, addresses: [], readAlongUrl: info.readAlongUrl });

export const CLIENT_VIEWS: Readonly<Record<ScreenCapability, ClientView>> = {
  display: { settings: screenSettings, problems: false, announcements: false, network: readAlongOnly },
  control: { settings: (settings) => settings, problems: true, announcements: true, network: (info) => info },
};

/** A state message as `capability` is sent it; `settings` only when they changed (and first). */
export function stateMessage(capability: ScreenCapability, state: ShowState, at: number, settings?: Settings): ServerMessage {
  return { type: 'state', state, at, ...(settings === undefined ? {} : { settings: CLIENT_VIEWS[capability].settings(settings) }) };
}

/** The problems message for a capability that may see them, or `undefined`. */
export function problemsMessage(capability: ScreenCapability, problems: readonly string[]): ServerMessage | undefined {
  return CLIENT_VIEWS[capability].problems ? { type: 'problems', problems } : undefined;
}

/** The written announcements for a capability that may put them up, or `undefined`. */
export function announcementsMessage(capability: ScreenCapability, announcements: readonly WrittenAnnouncement[] | undefined): ServerMessage | undefined {
  return CLIENT_VIEWS[capability].announcements ? { type: 'announcements', announcements: announcements ?? [] } : undefined;
}

/** The network message as a capability may see it, or `undefined`. */
export function networkMessage(capability: ScreenCapability, network: () => NetworkInfo): ServerMessage | undefined {
  const info = CLIENT_VIEWS[capability].network(network());
  return info === undefined ? undefined : { type: 'network', network: info };
}

/**
 * What a read-along page is sent of the show: the slide on the audience screens, in the
 * deck of version `deckVersion` (the one `DECK_PATH` serves). Nothing of the state's
 * timings, the loop, the black screen or the settings: the page shows where the statement
 * is, and the announcement the room is being told, if any; a message this small is the same for every reader, so one text serves them all.
 */
export function readingMessage(snapshot: ShowSnapshot, frames: readonly Frame[], deckVersion: string): ReadingMessage {
  const { announcement } = snapshot.state;
  return { type: 'reading', deck: deckVersion, slide: frames[snapshot.state.frame]?.slideIndex ?? 0, ...(announcement === undefined ? {} : { announcement }) };
}
