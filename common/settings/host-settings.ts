import { parseExitKeys } from '../host/exit-keys';
import { booleanField, textField, type SettingField } from './setting-field';

/** Whether the app starts at login: `on` registers it, `off` removes it, `unchanged` leaves whatever is registered. */
export type AutostartChoice = 'on' | 'off' | 'unchanged';

/** Settings of the host (windows, displays, exit keys, starting at login). Only the Electron host reads them. */
export interface HostSettings {
  /**
   * Where the audience sees the show: `external` (an external display when there is one,
   * else the primary), `primary`, `left`, `right`, a number counted from the left (`1`,
   * `2`, ...), or part of a display's name (`Epson`).
   */
  readonly display: string;
  /** A normal window instead of fullscreen, for rehearsing at a desk. */
  readonly windowed: boolean;
  /** The audience view on every display, not only on the chosen one. */
  readonly mirror: boolean;
  /** The key combination that ends the show. */
  readonly exitKeys: string;
  /**
   * Start the app when the machine's user logs in (`on`), or no longer (`off`), so that a
   * screen comes back by itself after a power cut. `unchanged`, the default, leaves the
   * registration as the last `on` or `off` left it.
   */
  readonly autostart: AutostartChoice;
}

export const DEFAULT_HOST_SETTINGS: HostSettings = {
  display: 'external',
  windowed: false,
  mirror: false,
  exitKeys: 'Ctrl+Shift+Q',
  autostart: 'unchanged',
};

const exitKeysField: SettingField<string> = {
  expected: 'a key combination with Ctrl, Alt or Meta and one key, e.g. Ctrl+Shift+Q',
  parse: (raw) => (typeof raw === 'string' && parseExitKeys(raw) !== undefined ? raw.trim() : undefined),
  fromText: (text) => text,
};

const autostartField: SettingField<AutostartChoice> = {
  expected: 'on or off',
  parse: (raw) => (raw === true || raw === 'on' ? 'on' : raw === false || raw === 'off' ? 'off' : raw === 'unchanged' ? 'unchanged' : undefined),
  fromText: (text) => text,
};

export const HOST_SETTING_FIELDS: { readonly [K in keyof HostSettings]: SettingField<HostSettings[K]> } = {
  display: textField('external, primary, left, right, a display number from 1, or part of a display name', 100),
  windowed: booleanField(),
  mirror: booleanField(),
  exitKeys: exitKeysField,
  autostart: autostartField,
};
