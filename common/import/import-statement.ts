import { findFidelityMismatch } from '../content/fidelity';
import { loadContent } from '../content/load-content';
import { formatProblem } from '../content/problem';
import { LANGUAGES, type Deck, type Language } from '../deck/deck';
import { DEFAULT_SHOW_SETTINGS } from '../settings/show-settings';
import { alignTexts } from './align-texts';
import type { LengthModel } from './length-model';
import { cutIntoSegments } from './segmenting';
import { checksFor } from './segment-checks';
import { splitSentences } from './sentences';
import { statementYaml, type SegmentEntry } from './statement-yaml';

/** A content folder made from two texts, checked by the app's own loader. */
export interface ImportedStatement {
  readonly statementYaml: string;
  /** `source/statement.txt`: both texts as given, English first, as the fidelity check reads it. */
  readonly sourceText: string;
  /** The deck the app will show, with the segments to check first by id. */
  readonly deck: Deck;
  readonly checks: ReadonlyMap<string, readonly string[]>;
  readonly model: LengthModel;
  readonly anchoredByParagraphs: boolean;
  /** Warnings of the content check, e.g. a single sentence too long for a slide. */
  readonly warnings: readonly string[];
}

export type ImportResult = { readonly ok: true; readonly imported: ImportedStatement } | { readonly ok: false; readonly errors: readonly string[] };

const HEADER = [
  'The statement, as the slides show it, imported by `npm run import` from the two texts',
  'in source/statement.txt. Each entry is one slide-sized segment, with its English (en)',
  'and its Korean (ko) saying the same thing. Lines marked `check:` are matches the',
  'importer was unsure of: read those first, and move sentences between segments where',
  'it got them wrong (copy them exactly). `npm run deck -- --content FOLDER` checks it.',
];

/**
 * Imports a bilingual statement from its two texts, as pasted: sentences, aligned by
 * length (Gale & Church), cut into slide-sized segments with ids and checks, written as
 * `statement.yaml`, then loaded back with the app's own loader and compared with each
 * text character for character. Anything short of a faithful, loadable statement is an
 * error, so nothing unfaithful is ever written.
 */
export function importStatement(texts: Readonly<Record<Language, string>>): ImportResult {
  const sentences = { en: splitSentences(texts.en, 'en'), ko: splitSentences(texts.ko, 'ko') };
  const empty = LANGUAGES.filter((lang) => sentences[lang].length === 0);
  if (empty.length > 0) return { ok: false, errors: empty.map((lang) => `the ${LANGUAGE_NAMES[lang]} text is empty`) };

  const alignment = alignTexts(sentences.en, sentences.ko);
  const bilingual = { en: { text: texts.en, sentences: sentences.en }, ko: { text: texts.ko, sentences: sentences.ko } };
  const cut = cutIntoSegments(alignment.beads, bilingual, DEFAULT_SHOW_SETTINGS.readingCharactersPerSecond);
  const ids = segmentIds(cut.map((segment) => ({ languages: LANGUAGES.filter((lang) => segment.text[lang] !== undefined), startsParagraph: segment.startsParagraph })));
  const entries: SegmentEntry[] = cut.map((segment, index) => ({ id: ids[index] ?? `s${index + 1}`, text: segment.text, checks: checksFor(segment.beads, sentences, alignment.model) }));

  const yaml = statementYaml(entries, HEADER);
  const sourceText = joinSources(texts.en, texts.ko);
  const loaded = loadContent({ statement: yaml, source: sourceText });
  if (!loaded.ok) return { ok: false, errors: loaded.problems.map(formatProblem) };
  const unfaithful = LANGUAGES.flatMap((lang) => {
    const pieces = loaded.deck.slides.flatMap((slide) => (slide.text[lang] === undefined ? [] : [slide.text[lang]]));
    const mismatch = findFidelityMismatch(texts[lang], pieces);
    return mismatch === undefined ? [] : [`the ${LANGUAGE_NAMES[lang]} segments differ from the text at its line ${mismatch.sourceLine}: "${mismatch.expected}" for "${mismatch.found}"`];
  });
  if (unfaithful.length > 0) return { ok: false, errors: unfaithful };
  return {
    ok: true,
    imported: {
      statementYaml: yaml,
      sourceText,
      deck: loaded.deck,
      checks: new Map(entries.filter((entry) => entry.checks.length > 0).map((entry) => [entry.id, entry.checks])),
      model: alignment.model,
      anchoredByParagraphs: alignment.anchoredByParagraphs,
      warnings: loaded.problems.map(formatProblem),
    },
  };
}

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ko: 'Korean' };

/** Both texts in one file, English first, a blank line between them, each byte for byte. */
export function joinSources(en: string, ko: string): string {
  const gap = en.endsWith('\n\n') || en === '' ? '' : en.endsWith('\n') ? '\n' : '\n\n';
  return `${en}${gap}${ko}`;
}

/**
 * Ids as the organizers number their segments: the paragraph's number and a letter
 * (`1a`, `1b`, `2a`). A new number starts where a segment opens a paragraph in every
 * language it has; a segment that opens a paragraph in one text only stays in the
 * paragraph of the other.
 */
export function segmentIds(segments: readonly { languages: readonly Language[]; startsParagraph: readonly Language[] }[]): string[] {
  let paragraph = 0;
  let letter = 0;
  return segments.map((segment, index) => {
    const opens = index === 0 || segment.languages.every((lang) => segment.startsParagraph.includes(lang));
    if (opens) {
      paragraph += 1;
      letter = 0;
    }
    letter += 1;
    return `${paragraph}${letterName(letter)}`;
  });
}

/** a … z, then aa, ab, …: a paragraph of more than 26 segments still gets unique ids. */
function letterName(n: number): string {
  return n <= 26 ? String.fromCharCode(96 + n) : `${letterName(Math.floor((n - 1) / 26))}${letterName(((n - 1) % 26) + 1)}`;
}
