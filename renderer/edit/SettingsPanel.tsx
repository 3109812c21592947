import { LANGUAGES, type Language } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';
import { ALTERNATION_MODES, READ_ALONG_BADGES, SHOW_SETTING_FIELDS } from '../../common/settings/show-settings';
import { THEMES, THEME_SETTING_FIELDS, themePair } from '../../common/settings/theme-settings';
import { parseHexColor } from '../../common/theme/color';
import { contrastRatio, formatContrast, MIN_CONTRAST } from '../../common/theme/contrast';
import { ChoiceField } from './ChoiceField';
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
      <ChoiceField label={labels.mode} value={settings.mode} choices={ALTERNATION_MODES} names={labels.modes} onChange={(mode) => set('mode', mode)} />
      <ChoiceField
        label={labels.firstLanguage}
        value={settings.languages[0] ?? 'en'}
        choices={LANGUAGES}
        names={{ en: labels.english, ko: labels.korean }}
        onChange={(first) => set('languages', [first, ...LANGUAGES.filter((lang) => lang !== first)])}
      />
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
      <ChoiceField label={labels.readAlongBadge} value={settings.readAlongBadge} choices={READ_ALONG_BADGES} names={labels.readAlongBadges} onChange={(badge) => set('readAlongBadge', badge)} />
      <ChoiceField label={labels.theme} value={settings.theme} choices={THEMES} names={labels.themes} onChange={(theme) => set('theme', theme)} />
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
