import type { Capability, NetworkInfo, ServerMessage } from '../common/network/protocol';
import { DEFAULT_HOST_SETTINGS } from '../common/settings/host-settings';
import { DEFAULT_NETWORK_SETTINGS } from '../common/settings/network-settings';
import type { Settings } from '../common/settings/settings';
import type { ShowState } from '../common/show/show-state';

/**
 * What each capability is sent, decided here and nowhere else (STYLE §9): a page gets what
 * its view shows. A watch-only screen shows the slides, so it gets the deck, the state and
 * the settings that change how a slide looks; the host's settings (exit keys, displays,
 * autostart) and the network's (port, client cap) are the machine's business, and reach
 * it as their defaults. The problems list (which names this computer's files) and the
 * network panel (addresses and codes) go to controllers only.
 */
export interface ClientView {
  readonly settings: (settings: Settings) => Settings;
  readonly problems: boolean;
  readonly network: boolean;
}

const screenSettings = (settings: Settings): Settings => ({ ...settings, ...DEFAULT_HOST_SETTINGS, ...DEFAULT_NETWORK_SETTINGS });

export const CLIENT_VIEWS: Readonly<Record<Capability, ClientView>> = {
  display: { settings: screenSettings, problems: false, network: false },
  control: { settings: (settings) => settings, problems: true, network: true },
};

/** A state message as `capability` is sent it; `settings` only when they changed (and first). */
export function stateMessage(capability: Capability, state: ShowState, at: number, settings?: Settings): ServerMessage {
  return { type: 'state', state, at, ...(settings === undefined ? {} : { settings: CLIENT_VIEWS[capability].settings(settings) }) };
}

/** The problems message for a capability that may see them, or `undefined`. */
export function problemsMessage(capability: Capability, problems: readonly string[]): ServerMessage | undefined {
  return CLIENT_VIEWS[capability].problems ? { type: 'problems', problems } : undefined;
}

/** The network panel's message for a capability that may see it, or `undefined`. */
export function networkMessage(capability: Capability, network: () => NetworkInfo): ServerMessage | undefined {
  return CLIENT_VIEWS[capability].network ? { type: 'network', network: network() } : undefined;
}
