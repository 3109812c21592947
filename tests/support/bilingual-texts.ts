import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { findParagraphs } from '../../common/import/paragraphs';
import type { Language } from '../../common/deck/deck';
import { projectPath, readProjectFile } from './project-content';

/**
 * The project's own source text (`content/source/statement.txt`: the English statement,
 * then the Korean), split where the Korean starts: at the first paragraph with more
 * Hangul than Latin letters. The English keeps the blank lines after it, so the two
 * parts put back together are the file byte for byte.
 */
export function projectStatementTexts(): Record<Language, string> {
  const source = readProjectFile('content/source/statement.txt');
  const korean = findParagraphs(source).find((paragraph) => {
    const text = source.slice(paragraph.start, paragraph.end);
    return count(text, /\p{Script=Hangul}/gu) > count(text, /\p{Script=Latin}/gu);
  });
  if (korean === undefined) throw new Error('content/source/statement.txt has no Korean paragraph');
  return { en: source.slice(0, korean.start), ko: source.slice(korean.start) };
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** A bilingual text whose segments a translator matched: the reference to compare with. */
export interface ParallelText {
  readonly texts: Record<Language, string>;
  readonly segments: readonly Record<Language, string>[];
}

/**
 * A real translation found in node_modules: the descriptions and help texts of axe-core's
 * accessibility rules (MPL-2.0) in English (`locales/_template.json`) and as its
 * translators put them into Korean (`locales/ko.json`), for every rule both have. Each
 * string is a reference segment. Strings without a final stop get one in both languages,
 * so that each ends a sentence; nothing else is changed. `paragraphs` puts each rule (its
 * description and its help) in a paragraph of its own, so both texts have as many
 * paragraphs; without it all is one paragraph, and only the lengths guide the aligner.
 */
export function axeRuleTexts(paragraphs: boolean): ParallelText {
  const read = (file: string): Record<string, { description: string; help: string }> =>
    (JSON.parse(readFileSync(projectPath(`node_modules/axe-core/locales/${file}`), 'utf8')) as { rules: Record<string, { description: string; help: string }> }).rules;
  const english = read('_template.json');
  const korean = read('ko.json');
  const stop = (text: string): string => (/[.!?]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);
  const rules = Object.keys(korean).filter((id) => english[id] !== undefined);
  const segments = rules.flatMap((id) =>
    (['description', 'help'] as const).map((field) => ({ en: stop(english[id]?.[field] ?? ''), ko: stop(korean[id]?.[field] ?? '') })),
  );
  const join = (lang: Language): string => segments.map((segment, index) => `${index === 0 ? '' : paragraphs && index % 2 === 0 ? '\n\n' : ' '}${segment[lang]}`).join('');
  return { texts: { en: join('en'), ko: join('ko') }, segments };
}

/** A public bilingual text kept as a fixture, with a person's matching of its units (tests/common/import/fixtures). */
export interface MatchedText {
  readonly texts: Record<Language, string>;
  /** The smallest units that say the same thing in both texts, in order. */
  readonly units: readonly Record<Language, string>[];
  /** The same text cut only where a new section (or numbered item) starts. */
  readonly sections: readonly Record<Language, string>[];
}

/**
 * `NAME.en.txt` and `NAME.ko.txt` of tests/common/import/fixtures, cut where
 * `NAME.reference.yaml` says each unit starts: the words it starts with in each text,
 * looked for after the unit before it. Throws if a start is not found, so a reference
 * that no longer fits its text cannot go unnoticed.
 */
export function matchedFixture(name: string): MatchedText {
  const read = (file: string): string => readFileSync(projectPath(`tests/common/import/fixtures/${file}`), 'utf8');
  const texts = { en: read(`${name}.en.txt`), ko: read(`${name}.ko.txt`) };
  const starts = parse(read(`${name}.reference.yaml`)) as { en: string; ko: string; section?: boolean }[];
  const offsets = { en: [] as number[], ko: [] as number[] };
  for (const lang of ['en', 'ko'] as const) {
    let from = 0;
    for (const start of starts) {
      const at = texts[lang].indexOf(start[lang], from);
      if (at < 0) throw new Error(`${name}.reference.yaml: "${start[lang]}" is not in ${name}.${lang}.txt after offset ${from}`);
      offsets[lang].push(at);
      from = at + start[lang].length;
    }
  }
  const cut = (keep: (index: number) => boolean): Record<Language, string>[] => {
    const kept = starts.map((_start, index) => index).filter((index) => index === 0 || keep(index));
    return kept.map((index, at) => {
      const next = kept[at + 1];
      const slice = (lang: Language): string => texts[lang].slice(offsets[lang][index], next === undefined ? undefined : offsets[lang][next]).trim();
      return { en: slice('en'), ko: slice('ko') };
    });
  };
  return { texts, units: cut(() => true), sections: cut((index) => starts[index]?.section === true) };
}
