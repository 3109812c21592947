import { useState } from 'react';
import type { UiLanguage } from '../common/settings/presenter-settings';

/**
 * The language for the app's own words: the setting when it names one, else the first of
 * the system's languages (`navigator.languages`) that the app speaks, else English.
 */
export function pickUiLanguage(systemLanguages: readonly string[], setting: UiLanguage | 'system' = 'system'): UiLanguage {
  if (setting !== 'system') return setting;
  const first = systemLanguages.find((tag) => /^(en|ko)\b/iu.test(tag));
  return first?.toLowerCase().startsWith('ko') === true ? 'ko' : 'en';
}

/**
 * The language a view speaks now, with a switch: the setting (or the system) picks it
 * until the person switches, and then their choice wins for this view.
 */
export function useUiLanguage(setting: UiLanguage | 'system' = 'system'): readonly [UiLanguage, (language: UiLanguage) => void] {
  const [chosen, setChosen] = useState<UiLanguage | undefined>(undefined);
  return [chosen ?? pickUiLanguage(navigator.languages, setting), setChosen];
}
