import { isLanguage } from '../../common/deck/deck';
import { checkSettings, settingField, type Settings } from '../../common/settings/settings';

/** Which view a page shows (`read`: the read-along page, served by the show server at `/read` only). */
export type ViewName = 'audience' | 'presenter' | 'remote' | 'read' | 'edit';

/** What a browser-mode user can choose in the address, e.g. `?lang=ko&mode=stacked&loop`. */
export interface UrlOptions {
  readonly view: ViewName;
  /** The slide to start on, by its id in the content. */
  readonly slide?: string;
  /** Settings chosen in the address, checked by the same schema as the settings file. */
  readonly settings: Partial<Settings>;
  /** The options that were ignored, and why, one line each. */
  readonly problems: readonly string[];
}

/** Address options that are settings: `?lang=ko` is the `languages` setting, `?loop` is `autoLoop`. */
const SETTING_OPTIONS: ReadonlyMap<string, keyof Settings> = new Map([
  ['lang', 'languages'],
  ['mode', 'mode'],
  ['loop', 'autoLoop'],
]);

/**
 * Reads the options from a query string. An unknown or bad option is reported and
 * ignored, so a mistyped address still shows the statement.
 */
export function parseUrlOptions(search: string, base: Settings, warnOnce: (message: string) => void): UrlOptions {
  const problems: string[] = [];
  const warn = (message: string): void => {
    problems.push(message);
    warnOnce(message);
  };
  const params = new URLSearchParams(search);
  let view: ViewName = 'audience';
  let slide: string | undefined;
  const raw: Record<string, unknown> = {};
  for (const [name, value] of params) {
    const setting = SETTING_OPTIONS.get(name);
    if (name === 'view' && (value === 'audience' || value === 'presenter')) view = value;
    else if (name === 'slide' && value !== '') slide = value;
    else if (setting !== undefined && (name !== 'lang' || isLanguage(value))) raw[setting] = settingField(setting)?.fromText(value);
    else warn(`Yeondae: ignoring the address option ${name}=${value} (known: view=presenter, lang=en|ko, mode=sequence|in-place|stacked|single, loop, slide=<id>)`);
  }
  const checked = checkSettings(raw, base);
  for (const problem of checked.problems) warn(`Yeondae: ignoring the address option for ${problem.path.join('.')}: ${problem.message}`);
  const settings = Object.fromEntries(Object.keys(raw).filter((key) => !checked.problems.some((problem) => problem.path[0] === key)).map((key) => [key, checked.settings[key as keyof Settings]]));
  return { view, ...(slide === undefined ? {} : { slide }), settings, problems };
}
