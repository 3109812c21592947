import { numberField, type SettingField } from './setting-field';

/** Settings of the show server, which puts the show on other screens and phones. */
export interface NetworkSettings {
  /**
   * Who may reach the show server: `off` (none: the Electron app serves only its own
   * windows), `local` (this computer only, on 127.0.0.1), or an address to open it to
   * the network on: `0.0.0.0` (every interface), one of this computer's addresses, or an
   * interface's name (`wlan0`, `Wi-Fi`). Open to the network, every page needs a token.
   */
  readonly network: string;
  /** The port the show server listens on. */
  readonly networkPort: number;
  /** At most this many screens and controllers at once; the next one is told the show is full. */
  readonly networkMaxClients: number;
  /** At most this many read-along pages (phones in the crowd) at once, counted apart from the screens. */
  readonly networkMaxReaders: number;
}

export const DEFAULT_NETWORK_SETTINGS: NetworkSettings = {
  network: 'off',
  networkPort: 8765,
  networkMaxClients: 50,
  networkMaxReaders: 1000,
};

/** An address or interface name: letters, digits and `. : % - _` (IPv6 zones included), nothing that could be a path. */
const ADDRESS_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.:%_ -]{0,62}$/u;

const networkField: SettingField<string> = {
  expected: 'off, local, 0.0.0.0, an address of this computer, or a network interface name',
  parse(raw) {
    if (raw === true) return 'local';
    if (raw === false) return 'off';
    return typeof raw === 'string' && ADDRESS_PATTERN.test(raw.trim()) ? raw.trim() : undefined;
  },
  // `--network` alone means this computer only; `--network=0.0.0.0` opens it.
  fromText: (text) => (text === '' || text === 'true' || text === 'yes' ? 'local' : text === 'false' || text === 'no' ? 'off' : text),
};

export const NETWORK_SETTING_FIELDS: { readonly [K in keyof NetworkSettings]: SettingField<NetworkSettings[K]> } = {
  network: networkField,
  networkPort: { ...numberField(1024, 65535, 'port'), parse: (raw) => (Number.isSafeInteger(raw) && (raw as number) >= 1024 && (raw as number) <= 65535 ? (raw as number) : undefined) },
  networkMaxClients: numberField(1, 1000, 'pages'),
  networkMaxReaders: numberField(0, 20000, 'read-along pages'),
};
