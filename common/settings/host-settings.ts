import { parseExitKeys } from '../host/exit-keys';
import { booleanField, textField, type SettingField } from './setting-field';

/** Settings of the host (windows, displays, exit keys). Only the Electron host reads them. */
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
}

export const DEFAULT_HOST_SETTINGS: HostSettings = {
  display: 'external',
  windowed: false,
  mirror: false,
  exitKeys: 'Ctrl+Shift+Q',
};

const exitKeysField: SettingField<string> = {
  expected: 'a key combination with Ctrl, Alt or Meta and one key, e.g. Ctrl+Shift+Q',
  parse: (raw) => (typeof raw === 'string' && parseExitKeys(raw) !== undefined ? raw.trim() : undefined),
  fromText: (text) => text,
};

export const HOST_SETTING_FIELDS: { readonly [K in keyof HostSettings]: SettingField<HostSettings[K]> } = {
  display: textField('external, primary, left, right, a display number from 1, or part of a display name', 100),
  windowed: booleanField(),
  mirror: booleanField(),
  exitKeys: exitKeysField,
};
