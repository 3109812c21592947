import { choiceField, type SettingField } from './setting-field';

/** The languages the app's own words (buttons, labels, help) are written in. */
export const UI_LANGUAGES = ['en', 'ko'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Settings of the presenter's view. */
export interface PresenterSettings {
  /**
   * The language of the presenter view's words: `system` follows the computer's language
   * (Korean on a Korean system, English otherwise); `en` or `ko` picks one. A switch in
   * the view changes it for that view at any time.
   */
  readonly uiLanguage: UiLanguage | 'system';
}

/** By default the presenter view follows the computer's language. */
export const DEFAULT_PRESENTER_SETTINGS: PresenterSettings = {
  uiLanguage: 'system',
};

/** How each presenter setting is read from a file, a flag or an address option. */
export const PRESENTER_SETTING_FIELDS: { readonly [K in keyof PresenterSettings]: SettingField<PresenterSettings[K]> } = {
  uiLanguage: choiceField(['system', ...UI_LANGUAGES]),
};
