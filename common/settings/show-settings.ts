import { LANGUAGES, isLanguage, type Language } from '../deck/deck';
import { booleanField, choiceField, numberField, perKeyField, type SettingField } from './setting-field';

/** How the languages take turns. See `content/settings.yaml` for what each does. */
export const ALTERNATION_MODES = ['sequence', 'in-place', 'stacked', 'single'] as const;
export type AlternationMode = (typeof ALTERNATION_MODES)[number];

/** Where the audience screens show the read-along page's QR code: nowhere, or a small corner the text keeps clear of. */
export const READ_ALONG_BADGES = ['off', 'corner'] as const;
export type ReadAlongBadge = (typeof READ_ALONG_BADGES)[number];

/** Settings of the show itself: what it shows, in which order, and how fast it loops. */
export interface ShowSettings {
  /** Language order: the first is the primary (shown first, larger when stacked, the one of `single`). */
  readonly languages: readonly Language[];
  readonly mode: AlternationMode;
  /** Start looping on launch (kiosk use). */
  readonly autoLoop: boolean;
  /** Reading time = lead-in + characters / rate, clamped between the minimum and maximum. */
  readonly readingLeadInSeconds: number;
  readonly readingCharactersPerSecond: Readonly<Record<Language, number>>;
  readonly slideMinSeconds: number;
  readonly slideMaxSeconds: number;
  /** After a person navigates, the loop resumes by itself once nobody has touched it for this long. */
  readonly idleResumeSeconds: number;
  /** A thin line at the bottom of the audience screen showing the time left on a looping slide. */
  readonly progressLine: boolean;
  /** The read-along page's QR code in a corner of the audience screens, while the show server is open to the network. */
  readonly readAlongBadge: ReadAlongBadge;
}

/**
 * Defaults from subtitle practice (adults read about 17 characters a second of English
 * and about 12 of Korean), made gentler for reading from across a room.
 */
export const DEFAULT_SHOW_SETTINGS: ShowSettings = {
  languages: ['en', 'ko'],
  mode: 'sequence',
  autoLoop: false,
  readingLeadInSeconds: 1.5,
  readingCharactersPerSecond: { en: 13, ko: 9 },
  slideMinSeconds: 5,
  slideMaxSeconds: 25,
  idleResumeSeconds: 30,
  progressLine: true,
  readAlongBadge: 'off',
};

const languageOrderField: SettingField<readonly Language[]> = {
  expected: `each of ${LANGUAGES.join(', ')} once, e.g. [${LANGUAGES.join(', ')}]`,
  parse(raw) {
    if (!Array.isArray(raw) || raw.length !== LANGUAGES.length || !raw.every(isLanguage)) return undefined;
    return new Set(raw).size === raw.length ? raw : undefined;
  },
  // As a flag, `--lang ko` names the language to put first.
  fromText: (text) => (isLanguage(text) ? [text, ...LANGUAGES.filter((lang) => lang !== text)] : text),
};

export const SHOW_SETTING_FIELDS: { readonly [K in keyof ShowSettings]: SettingField<ShowSettings[K]> } = {
  languages: languageOrderField,
  mode: choiceField(ALTERNATION_MODES),
  autoLoop: booleanField(),
  readingLeadInSeconds: numberField(0, 30, 'seconds'),
  readingCharactersPerSecond: perKeyField(LANGUAGES, numberField(1, 100, 'characters a second'), `a rate for each of ${LANGUAGES.join(', ')}, e.g. { en: 13, ko: 9 }`),
  slideMinSeconds: numberField(1, 600, 'seconds'),
  slideMaxSeconds: numberField(1, 3600, 'seconds'),
  idleResumeSeconds: numberField(1, 3600, 'seconds'),
  progressLine: booleanField(),
  readAlongBadge: choiceField(READ_ALONG_BADGES),
};
