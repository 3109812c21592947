import type { SettingField } from './setting-field';

/** Settings of the host (windows, displays, exit keys). Only the Electron host reads them. */
export interface HostSettings {}

export const DEFAULT_HOST_SETTINGS: HostSettings = {};

export const HOST_SETTING_FIELDS: { readonly [K in keyof HostSettings]: SettingField<HostSettings[K]> } = {};
