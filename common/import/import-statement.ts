import { findFidelityMismatch } from '../content/fidelity';
import { isRecord } from '../content/is-record';
import { loadContent } from '../content/load-content';
import { formatProblem, type ContentProblem } from '../content/problem';
import { parseYamlFile } from '../content/yaml-file';
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
  /**
   * The segments the content check refuses (too long or too wide to read on a supported
   * screen, say), by id, with why: each is marked `# error:` in `statementYaml`, and the
   * show will not run the folder until they are fixed. Empty when it runs as it is.
   */
  readonly errors: ReadonlyMap<string, readonly string[]>;
  readonly model: LengthModel;
  readonly anchoredByParagraphs: boolean;
  /** How many sections were matched by their numbers, each aligned on its own. */
  readonly sectionsMatched: number;
  /** Warnings of the content check, e.g. a single sentence too long for a slide. */
  readonly warnings: readonly string[];
}

export type ImportResult = { readonly ok: true; readonly imported: ImportedStatement } | { readonly ok: false; readonly errors: readonly string[] };

const HEADER = [
  'The statement, as the slides show it, imported by `npm run import` from the two texts',
  'in source/statement.txt. Each entry is one slide-sized segment, with its English (en)',
  'and its Korean (ko) saying the same thing. Lines marked `error:` are segments the show',
  'cannot run as they are: fix those first (split a segment that is too long into two).',
  'Lines marked `check:` are matches the importer was unsure of: read those next, and move',
  'sentences between segments where it got them wrong (copy them exactly).',
  '`npm run deck -- --content FOLDER` checks it.',
];

/**
 * Imports a bilingual statement from its two texts, as pasted: sentences, aligned by
 * length (Gale & Church), cut into slide-sized segments with ids and checks, written as
 * `statement.yaml`, then loaded back with the app's own loader and compared with each
 * text character for character. Segments the content check refuses are marked with
 * their errors and kept, so the organizers have a statement to fix rather than none;
 * anything else short of a faithful, readable file is an error, so nothing unfaithful is
 * ever written.
 */
export function importStatement(texts: Readonly<Record<Language, string>>): ImportResult {
  const sentences = { en: splitSentences(texts.en, 'en'), ko: splitSentences(texts.ko, 'ko') };
  const empty = LANGUAGES.filter((lang) => sentences[lang].length === 0);
  if (empty.length > 0) return { ok: false, errors: empty.map((lang) => `the ${LANGUAGE_NAMES[lang]} text is empty`) };

  const alignment = alignTexts(sentences.en, sentences.ko);
  const bilingual = { en: { text: texts.en, sentences: sentences.en }, ko: { text: texts.ko, sentences: sentences.ko } };
  const cut = cutIntoSegments(alignment.beads, bilingual, DEFAULT_SHOW_SETTINGS.readingCharactersPerSecond);
  const ids = segmentIds(cut.map((segment) => ({ languages: LANGUAGES.filter((lang) => segment.text[lang] !== undefined), startsParagraph: segment.startsParagraph })));
  const checked: SegmentEntry[] = cut.map((segment, index) => ({ id: ids[index] ?? `s${index + 1}`, text: segment.text, checks: checksFor(segment.beads, sentences, alignment.model) }));
  const sourceText = joinSources(texts.en, texts.ko);

  const first = loadContent({ statement: statementYaml(checked, HEADER), source: sourceText });
  const refused = first.ok ? new Map<number, string[]>() : refusedSegments(statementYaml(checked, HEADER), first.problems);
  if (refused === undefined) return { ok: false, errors: first.problems.map(formatProblem) };
  const entries = checked.map((entry, index) => ({ ...entry, errors: refused.get(index) ?? [] }));
  const yaml = statementYaml(entries, HEADER);
  const loaded = loadContent({ statement: yaml, source: sourceText });
  const unfaithful = unfaithfulTexts(texts, yaml);
  if (unfaithful.length > 0) return { ok: false, errors: unfaithful };
  if (!loaded.ok && refusedSegments(yaml, loaded.problems)?.size !== refused.size) return { ok: false, errors: loaded.problems.map(formatProblem) };
  return {
    ok: true,
    imported: {
      statementYaml: yaml,
      sourceText,
      deck: loaded.ok ? loaded.deck : { languages: LANGUAGES, slides: entries.map((entry) => ({ id: entry.id, kind: 'statement', text: entry.text })) },
      checks: new Map(entries.filter((entry) => entry.checks.length > 0).map((entry) => [entry.id, entry.checks])),
      errors: new Map(entries.filter((entry) => entry.errors.length > 0).map((entry) => [entry.id, entry.errors])),
      model: alignment.model,
      anchoredByParagraphs: alignment.anchoredByParagraphs,
      sectionsMatched: alignment.sectionsMatched,
      warnings: loaded.problems.filter((problem) => problem.severity === 'warning').map(formatProblem),
    },
  };
}

/**
 * The errors of `problems` by the segment of `yaml` they stand in (by index), or
 * undefined if one stands outside every segment (the file as a whole is wrong: nothing
 * an organizer could fix in the editor, and a fault of the importer's).
 */
function refusedSegments(yaml: string, problems: readonly ContentProblem[]): Map<number, string[]> | undefined {
  const parsed = parseYamlFile('statement.yaml', yaml);
  if (!parsed.ok) return undefined;
  const count = isRecord(parsed.file.value) && Array.isArray(parsed.file.value.segments) ? parsed.file.value.segments.length : 0;
  const firstLines = Array.from({ length: count }, (_, index) => parsed.file.lineOf(['segments', index]) ?? Infinity);
  const refused = new Map<number, string[]>();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const line = problem.line ?? 0;
    const index = firstLines.reduce((found, first, at) => (first <= line ? at : found), -1);
    if (index < 0) return undefined;
    refused.set(index, [...(refused.get(index) ?? []), problem.message]);
  }
  return refused;
}

/** Where each language's segments, as the loader reads them from `yaml`, differ from its text. */
function unfaithfulTexts(texts: Readonly<Record<Language, string>>, yaml: string): string[] {
  const parsed = parseYamlFile('statement.yaml', yaml);
  const segments = parsed.ok && isRecord(parsed.file.value) && Array.isArray(parsed.file.value.segments) ? (parsed.file.value.segments as unknown[]) : [];
  return LANGUAGES.flatMap((lang) => {
    const pieces = segments.flatMap((segment) => {
      const text = isRecord(segment) ? segment[lang] : undefined;
      return typeof text === 'string' ? [text.trim()] : [];
    });
    const mismatch = findFidelityMismatch(texts[lang], pieces);
    return mismatch === undefined ? [] : [`the ${LANGUAGE_NAMES[lang]} segments differ from the text at its line ${mismatch.sourceLine}: "${mismatch.expected}" for "${mismatch.found}"`];
  });
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
