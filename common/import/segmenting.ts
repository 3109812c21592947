import { LANGUAGES, type Language } from '../deck/deck';
import { firstIllegible } from '../layout/legibility';
import type { Bead, SentenceRange } from './alignment';
import type { Sentence } from './sentences';

/** Each language's text and its sentences. */
export type BilingualSentences = Readonly<Record<Language, { readonly text: string; readonly sentences: readonly Sentence[] }>>;

/** A slide-sized run of matches, with the exact text it covers in each language it has. */
export interface CutSegment {
  readonly beads: readonly Bead[];
  /** Each language's text, a slice of that language's input exactly as given. */
  readonly text: Partial<Record<Language, string>>;
  /** The languages in which this segment starts a new paragraph. */
  readonly startsParagraph: readonly Language[];
}

/** The most sentences of one language on one slide. */
export const MAX_SENTENCES = 3;

/**
 * The reading time a slide aims at, in seconds at the show's reading rates (`rates`).
 * Each slide costs 1 plus the square of its reading time over this ideal, so two short
 * matches share a slide when the product of their reading times is under half its
 * square, and long ones stand alone.
 */
export const IDEAL_SECONDS = 10;

/**
 * Cuts aligned matches into slide-sized segments. A segment never crosses a paragraph
 * break of either text, a new section of either text starts a segment (its head is
 * already one with the sentence after it: sentences.ts), text in one language only is a
 * segment of its own, and a segment
 * of more than one match keeps to `MAX_SENTENCES` sentences a language and stays legible
 * on every standard screen (the content check's estimate). Within those rules the cuts
 * minimize the cost described at `IDEAL_SECONDS`, by dynamic programming over each run
 * of matches between forced cuts.
 */
export function cutIntoSegments(beads: readonly Bead[], texts: BilingualSentences, rates: Readonly<Record<Language, number>>): CutSegment[] {
  const runs: Bead[][] = [];
  beads.forEach((bead, index) => {
    const previous = beads[index - 1];
    if (previous === undefined || mustCutBetween(previous, bead, texts)) runs.push([]);
    runs.at(-1)?.push(bead);
  });
  return runs.flatMap((run) => cutRun(run, texts, rates));
}

function mustCutBetween(previous: Bead, next: Bead, texts: BilingualSentences): boolean {
  return isOneLanguage(previous) || isOneLanguage(next) || LANGUAGES.some((lang) => startsParagraph(next, lang, texts) || opensSection(next, lang, texts));
}

/** Whether the match's first sentence in `lang` opens a section (a head, or a sentence that starts with a label). */
function opensSection(bead: Bead, lang: Language, texts: BilingualSentences): boolean {
  return size(bead[lang]) > 0 && texts[lang].sentences[bead[lang].from]?.opensSection === true;
}

function cutRun(run: readonly Bead[], texts: BilingualSentences, rates: Readonly<Record<Language, number>>): CutSegment[] {
  // cheapest[k]: the cost of the best cuts of the first k matches; from[k]: where its last segment starts.
  const cheapest = [0];
  const from = [0];
  for (let end = 1; end <= run.length; end += 1) {
    cheapest[end] = Infinity;
    for (let start = end - 1; start >= 0; start -= 1) {
      const segment = makeSegment(run.slice(start, end), texts);
      if (end - start > 1 && !fitsOneSlide(segment)) break;
      const cost = (cheapest[start] ?? Infinity) + slideCost(segment, rates);
      if (cost < (cheapest[end] ?? Infinity)) {
        cheapest[end] = cost;
        from[end] = start;
      }
    }
  }
  const segments: CutSegment[] = [];
  for (let end = run.length; end > 0; end = from[end] ?? 0) segments.unshift(makeSegment(run.slice(from[end] ?? 0, end), texts));
  return segments;
}

function makeSegment(beads: readonly Bead[], texts: BilingualSentences): CutSegment {
  const text: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const withText = beads.filter((bead) => size(bead[lang]) > 0);
    const first = withText[0]?.[lang].from;
    const last = withText.at(-1)?.[lang].to;
    if (first === undefined || last === undefined) continue;
    const { sentences, text: whole } = texts[lang];
    text[lang] = whole.slice(sentences[first]?.start, sentences[last - 1]?.end);
  }
  const head = beads[0];
  return { beads, text, startsParagraph: head === undefined ? [] : LANGUAGES.filter((lang) => startsParagraph(head, lang, texts)) };
}

function fitsOneSlide(segment: CutSegment): boolean {
  return LANGUAGES.every((lang) => {
    const text = segment.text[lang];
    return text === undefined || (sentenceCount(segment.beads, lang) <= MAX_SENTENCES && firstIllegible(text, lang) === undefined);
  });
}

function slideCost(segment: CutSegment, rates: Readonly<Record<Language, number>>): number {
  const seconds = Math.max(...LANGUAGES.map((lang) => [...(segment.text[lang] ?? '')].length / rates[lang]));
  return 1 + (seconds / IDEAL_SECONDS) ** 2;
}

function sentenceCount(beads: readonly Bead[], lang: Language): number {
  return beads.reduce((sum, bead) => sum + size(bead[lang]), 0);
}

function size(range: SentenceRange): number {
  return range.to - range.from;
}

/** A match with sentences in one language only. */
export function isOneLanguage(bead: Bead): boolean {
  return size(bead.en) === 0 || size(bead.ko) === 0;
}

/** Whether the match's first sentence in `lang` opens a paragraph of that text. */
function startsParagraph(bead: Bead, lang: Language, texts: BilingualSentences): boolean {
  const { sentences } = texts[lang];
  const first = sentences[bead[lang].from];
  if (size(bead[lang]) === 0 || first === undefined) return false;
  return bead[lang].from === 0 || sentences[bead[lang].from - 1]?.paragraph !== first.paragraph;
}
