import type { Language, Slide } from '../../common/deck/deck';
import { pickUiLanguage } from '../ui-language';
import type { UiLanguage } from '../../common/settings/presenter-settings';

/** What the reader reads: one of the statement's languages, or both together. */
export type ReadingChoice = Language | 'both';
export const READING_CHOICES: readonly ReadingChoice[] = ['en', 'ko', 'both'];

/**
 * The first choice, from the browser's languages: the first of them the statement is
 * written in (`ko-KR` reads Korean, `en-GB` English); a phone set to neither gets both.
 */
export function firstChoice(browserLanguages: readonly string[]): ReadingChoice {
  const first = browserLanguages.find((tag) => /^(en|ko)\b/iu.test(tag));
  if (first === undefined) return 'both';
  return first.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The language of the page's own words: the one read, or with both, the browser's. */
export function labelLanguage(choice: ReadingChoice, browserLanguages: readonly string[]): UiLanguage {
  return choice === 'both' ? pickUiLanguage(browserLanguages) : choice;
}

/**
 * The languages a part is read in: those chosen that it has, in the statement's order; a
 * part written in one language only (a sign-off, a chant) is read in that one, whatever
 * the choice, as the show shows it once in every mode.
 */
export function languagesToRead(slide: Pick<Slide, 'text'>, choice: ReadingChoice, order: readonly Language[]): Language[] {
  const has = order.filter((lang) => slide.text[lang] !== undefined);
  const chosen = has.filter((lang) => choice === 'both' || lang === choice);
  return chosen.length > 0 ? chosen : has;
}
