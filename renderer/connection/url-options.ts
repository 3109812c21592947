import { isLanguage, type Language } from '../../common/deck/deck';

/** Settings a browser-mode user can choose in the address, e.g. `?lang=ko&slide=4a`. */
export interface UrlOptions {
  /** The language shown first for every segment. */
  readonly lang?: Language;
  /** The slide to start on, by its id in the content. */
  readonly slide?: string;
}

/**
 * Reads the options from a query string. An unknown or bad option is reported and
 * ignored, so a mistyped address still shows the statement.
 */
export function parseUrlOptions(search: string, warn: (message: string) => void): UrlOptions {
  const params = new URLSearchParams(search);
  let options: UrlOptions = {};
  for (const [name, value] of params) {
    if (name === 'lang' && isLanguage(value)) options = { ...options, lang: value };
    else if (name === 'slide' && value !== '') options = { ...options, slide: value };
    else warn(`Yeondae: ignoring the address option ${name}=${value} (known: lang=en|ko, slide=<id>)`);
  }
  return options;
}
