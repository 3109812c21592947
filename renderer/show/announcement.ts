import type { Language, Slide } from '../../common/deck/deck';

/** What the live region says: the words of each language that appeared, marked with its language. */
export interface Announcement {
  /** Where on the show the words appeared (frame and slide): a new place is announced afresh. */
  readonly place: string | undefined;
  /** The languages (with their words) already announced at this place. */
  readonly heard: ReadonlySet<string>;
  readonly parts: readonly AnnouncedPart[];
}

export interface AnnouncedPart {
  readonly lang: Language;
  /** The slide's text in this language, then (for the first language) the signatory and organizations, one line each. */
  readonly lines: readonly string[];
}

export const SILENT: Announcement = { place: undefined, heard: new Set(), parts: [] };

/** Everything a sighted reader sees in `lang` on the slide, line by line, as SlideView draws it. */
function linesOf(slide: Slide, lang: Language, primary: boolean): string[] {
  const lines = [slide.text[lang] ?? ''];
  if (!primary) return lines;
  if (slide.signatory !== undefined) lines.push(slide.signatory);
  for (const organization of slide.organizations ?? []) lines.push(organization.link === undefined ? organization.name : `${organization.name} ${organization.link}`);
  return lines;
}

/**
 * The live region's next words, given what it said before. A screen reader hears a slide
 * once when it appears: a new frame announces its languages; the same frame announces only
 * a language not yet heard there (in-place alternation crossfades the same two languages
 * for as long as the segment stays: each is heard once, not on every turn). Anything else
 * (a re-render, a loop tick, a settings broadcast) returns `previous` itself, so the
 * region's text does not change and nothing is said. Black, or no slide yet, is silence.
 */
export function nextAnnouncement(previous: Announcement, shown: { readonly frame: number; readonly slide: Slide; readonly langs: readonly Language[] } | undefined): Announcement {
  if (shown === undefined) return previous.place === undefined ? previous : SILENT;
  const place = `${shown.frame}:${shown.slide.id}`;
  const parts = shown.langs.map((lang, index) => ({ lang, lines: linesOf(shown.slide, lang, index === 0) }));
  const keyOf = (part: AnnouncedPart): string => `${part.lang}:${part.lines.join('\n')}`;
  if (place !== previous.place) return { place, heard: new Set(parts.map(keyOf)), parts };
  const unheard = parts.filter((part) => !previous.heard.has(keyOf(part)));
  if (unheard.length === 0) return previous;
  return { place, heard: new Set([...previous.heard, ...unheard.map(keyOf)]), parts: unheard };
}
