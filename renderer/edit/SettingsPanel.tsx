import { LANGUAGES, type Language } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';
import { ALTERNATION_MODES, READ_ALONG_BADGES, SHOW_SETTING_FIELDS, type AlternationMode, type ReadAlongBadge } from '../../common/settings/show-settings';
import { THEMES, THEME_SETTING_FIELDS, themePair, type ThemeName } from '../../common/settings/theme-settings';
import { parseHexColor } from '../../common/theme/color';
import { contrastRatio, formatContrast, MIN_CONTRAST } from '../../common/theme/contrast';
import type { EditLabels } from './edit-labels';

interface SettingsPanelProps {
  readonly settings: Settings;
  readonly labels: EditLabels;
  /** `typing` names the box typed in, so a number typed digit by digit is one step of undo. */
  readonly onChange: (settings: Settings, typing?: string) => void;
}

/**
 * The settings a person changes for a show, each checked by the field that reads it from
 * `settings.yaml`: a value the field refuses is not taken (the box shows what was typed).
 * The colours' contrast is shown as they are picked, with the 7:1 the show asks for.
 */
export function SettingsPanel({ settings, labels, onChange }: SettingsPanelProps) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K], typing?: string): void => onChange({ ...settings, [key]: value }, typing);
  const { background, text } = themePair(settings);
  const ratio = contrastRatio(parseHexColor(text) ?? { r: 0, g: 0, b: 0 }, parseHexColor(background) ?? { r: 0, g: 0, b: 0 });
  const languageName = (lang: Language): string => (lang === 'en' ? labels.english : labels.korean);
  return (
    <section className="edit-settings" aria-labelledby="edit-settings-heading">
      <h2 id="edit-settings-heading">{labels.settings}</h2>
      <label className="edit-field">
        {labels.mode}
        <select value={settings.mode} onChange={(event) => set('mode', event.target.value as AlternationMode)}>
          {ALTERNATION_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {labels.modes[mode]}
            </option>
          ))}
        </select>
      </label>
      <label className="edit-field">
        {labels.firstLanguage}
        <select value={settings.languages[0]} onChange={(event) => set('languages', [event.target.value as Language, ...LANGUAGES.filter((lang) => lang !== event.target.value)])}>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {languageName(lang)}
            </option>
          ))}
        </select>
      </label>
      {LANGUAGES.map((lang) => (
        <label key={lang} className="edit-field">
          {labels.readingSpeed(languageName(lang))}
          <input
            type="number"
            min={1}
            max={100}
            step={1}
            value={settings.readingCharactersPerSecond[lang]}
            onChange={(event) => {
              const rates = { ...settings.readingCharactersPerSecond, [lang]: event.target.valueAsNumber };
              if (SHOW_SETTING_FIELDS.readingCharactersPerSecond.parse(rates) !== undefined) set('readingCharactersPerSecond', rates, `rate-${lang}`);
            }}
          />
        </label>
      ))}
      <label className="edit-field">
        {labels.readAlongBadge}
        <select value={settings.readAlongBadge} onChange={(event) => set('readAlongBadge', event.target.value as ReadAlongBadge)}>
          {READ_ALONG_BADGES.map((badge) => (
            <option key={badge} value={badge}>
              {labels.readAlongBadges[badge]}
            </option>
          ))}
        </select>
      </label>
      <label className="edit-field">
        {labels.theme}
        <select value={settings.theme} onChange={(event) => set('theme', event.target.value as ThemeName)}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {labels.themes[theme]}
            </option>
          ))}
        </select>
      </label>
      {settings.theme === 'custom' && (
        <div className="edit-colours">
          {(['backgroundColor', 'textColor'] as const).map((key) => (
            <label key={key} className="edit-field">
              {key === 'backgroundColor' ? labels.background : labels.text}
              <input
                type="color"
                value={settings[key]}
                onChange={(event) => {
                  const colour = THEME_SETTING_FIELDS[key].parse(event.target.value);
                  if (colour !== undefined) set(key, colour, key);
                }}
              />
            </label>
          ))}
          <p className="edit-contrast" data-enough={ratio >= MIN_CONTRAST} role="status">
            {labels.contrast(formatContrast(ratio), ratio >= MIN_CONTRAST)}
          </p>
        </div>
      )}
    </section>
  );
}
