import { LANGUAGES, type Language, type Slide } from '../deck/deck';

/** Slides printed side by side: each language's paragraphs over the same stretch of the statement. */
export interface HandoutRow {
  /** The slides the row covers, in order. */
  readonly slides: readonly Slide[];
  /** Each language's paragraphs in the row (none for a language the row has no text in). */
  readonly paragraphs: Readonly<Partial<Record<Language, readonly string[]>>>;
}

interface Paragraph {
  readonly lang: Language;
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

const BLANK_LINE = /\n[^\S\n]*\n/u;

type SourceBreaks = ReadonlyMap<Slide, Partial<Record<Language, boolean>>>;

/**
 * The statement as a handout prints it: paragraph by paragraph, the languages side by
 * side. Each language keeps its own paragraphs, as the organizers' source text breaks
 * them (a blank line between two slides' texts there starts a new paragraph); a row
 * ends only where every language's paragraph ends, so a row holds one English paragraph
 * next to the Korean that says the same, even where the Korean splits it in two.
 * Without a source (or one that does not match the slides), each slide is a paragraph.
 *
 * @param languages the columns, in order: the show's language order
 */
export function handoutRows(slides: readonly Slide[], languages: readonly Language[], source: string | undefined): HandoutRow[] {
  const breaks = sourceBreaks(slides, source);
  const paragraphs = languages.flatMap((lang) => paragraphsOf(slides, lang, breaks));
  paragraphs.sort((a, b) => a.first - b.first || languages.indexOf(a.lang) - languages.indexOf(b.lang));
  const rows: { first: number; last: number; paragraphs: Paragraph[] }[] = [];
  for (const paragraph of paragraphs) {
    const row = rows.at(-1);
    if (row !== undefined && paragraph.first <= row.last) {
      row.last = Math.max(row.last, paragraph.last);
      row.paragraphs.push(paragraph);
    } else {
      rows.push({ first: paragraph.first, last: paragraph.last, paragraphs: [paragraph] });
    }
  }
  return rows.map((row) => ({
    slides: slides.slice(row.first, row.last + 1),
    paragraphs: Object.fromEntries(
      languages.flatMap((lang) => {
        const texts = row.paragraphs.filter((paragraph) => paragraph.lang === lang).map((paragraph) => paragraph.text);
        return texts.length === 0 ? [] : [[lang, texts]];
      }),
    ),
  }));
}

/** One language's paragraphs: runs of its slides' texts with no blank line between them in the source. */
function paragraphsOf(slides: readonly Slide[], lang: Language, breaks: SourceBreaks | undefined): Paragraph[] {
  const paragraphs: { first: number; last: number; texts: string[] }[] = [];
  slides.forEach((slide, index) => {
    const text = slide.text[lang];
    if (text === undefined) return;
    const current = paragraphs.at(-1);
    if (current === undefined || breaks?.get(slide)?.[lang] !== false) paragraphs.push({ first: index, last: index, texts: [text] });
    else {
      current.last = index;
      current.texts.push(text);
    }
  });
  return paragraphs.map((paragraph) => ({ lang, first: paragraph.first, last: paragraph.last, text: paragraph.texts.join(' ') }));
}

/**
 * For each slide and language, whether the source has a blank line before that slide's
 * text (since the previous text in that language). The source holds the whole statement
 * in one language, then in the next (in the order of `LANGUAGES`), and is read in that
 * order, as the fidelity check reads it; text of slides not shown (an empty list's heading) is passed over.
 * `undefined` when there is no source or a text is not in it.
 */
function sourceBreaks(slides: readonly Slide[], source: string | undefined): SourceBreaks | undefined {
  if (source === undefined) return undefined;
  const breaks = new Map<Slide, Partial<Record<Language, boolean>>>();
  let position = 0;
  for (const lang of LANGUAGES) {
    let first = true;
    for (const slide of slides) {
      const text = slide.text[lang];
      if (text === undefined) continue;
      const found = source.indexOf(text, position);
      if (found < 0) return undefined;
      breaks.set(slide, { ...breaks.get(slide), [lang]: first || BLANK_LINE.test(source.slice(position, found)) });
      position = found + text.length;
      first = false;
    }
  }
  return breaks;
}
