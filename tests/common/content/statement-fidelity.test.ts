import { describe, expect, it } from 'vitest';
import { checkStatement } from '../../../common/content/statement-schema';
import { parseYamlFile } from '../../../common/content/yaml-file';
import { LANGUAGES, type Language } from '../../../common/deck/deck';
import { findFidelityMismatch } from '../../../common/content/fidelity';
import { readProjectFile } from '../../support/project-content';

/** The organizers' text: the English statement, then the Korean one. */
const source = readProjectFile('content/source/statement.txt');
const KOREAN_STARTS_WITH = '반제국주의 한국인으로서';
const sourceByLanguage: Record<Language, string> = {
  en: source.slice(0, source.indexOf(KOREAN_STARTS_WITH)),
  ko: source.slice(source.indexOf(KOREAN_STARTS_WITH)),
};

function allSegments() {
  const parsed = parseYamlFile('statement.yaml', readProjectFile('content/statement.yaml'));
  if (!parsed.ok) throw new Error('statement.yaml does not parse');
  return checkStatement(parsed.file.value).segments;
}

describe('the statement in content/statement.yaml', () => {
  const segments = allSegments();

  it.each(LANGUAGES)('spells out the %s source text exactly, in order, apart from whitespace between segments', (lang) => {
    const pieces = segments.flatMap((segment) => (segment.text[lang] === undefined ? [] : [segment.text[lang]]));
    expect(findFidelityMismatch(sourceByLanguage[lang], pieces)).toBeUndefined();
  });

  it('keeps the source as the organizers wrote it: curly quotes, the em dash, their capitalization', () => {
    const english = segments.map((segment) => segment.text.en ?? '').join(' ');
    expect(english).toContain('“countries engaged in conflict,”');
    expect(english).toContain('“imperialist satellite.”');
    expect(english).toContain('The ceasefire did not end the war — it only gave it new life.');
    expect(english).toContain('US-backed south Korea has allied with israel.');
    expect(english).toContain('팔레스타인 해방을 위하여!');
    expect(english).not.toMatch(/"|'|South Korea|Israel/u);
    const korean = segments.map((segment) => segment.text.ko ?? '').join(' ');
    expect(korean).toContain('‘분쟁 국가들’');
    expect(korean).toContain('미국과 남한은 2019년 자유무역협정(FTA)을 체결했고');
  });

  it('pairs every statement segment with both languages and keeps one-language segments for the sign-off and closing', () => {
    const oneLanguage = segments.filter((segment) => Object.keys(segment.text).length === 1);
    expect(oneLanguage.map((segment) => [segment.id, Object.keys(segment.text)])).toEqual([
      ['signature', ['en']],
      ['organizations', ['en']],
      ['closing', ['ko']],
    ]);
    expect(segments.filter((segment) => segment.kind === 'statement').every((segment) => segment.text.en && segment.text.ko)).toBe(true);
  });

  it('keeps each segment slide-sized: one to three sentences in each language', () => {
    for (const segment of segments) {
      for (const text of Object.values(segment.text)) {
        const sentences = text.split(/(?<=[.!?:])\s+(?=\S)/u).length;
        expect(sentences, `${segment.id}: ${text}`).toBeGreaterThanOrEqual(1);
        expect(sentences, `${segment.id}: ${text}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('leaves the signatory and the organizations blank, as in the source', () => {
    expect(segments.find((segment) => segment.kind === 'signature')?.signatory).toBeUndefined();
    expect(segments.find((segment) => segment.kind === 'organizations')?.organizations).toEqual([]);
  });
});

describe('findFidelityMismatch', () => {
  const text = 'One “two” three — four.\n\nFive six.';

  it('accepts pieces that differ from the source only in the whitespace between them', () => {
    expect(findFidelityMismatch(text, ['One “two” three — four.', 'Five six.'])).toBeUndefined();
    expect(findFidelityMismatch(text, ['One “two”', 'three — four.', 'Five', 'six.'])).toBeUndefined();
  });

  it.each([
    ['a dropped piece', ['One “two” three — four.']],
    ['a duplicated piece', ['One “two” three — four.', 'Five six.', 'Five six.']],
    ['reordered pieces', ['Five six.', 'One “two” three — four.']],
    ['a straightened quote', ['One "two" three — four.', 'Five six.']],
    ['a hyphen for the em dash', ['One “two” three - four.', 'Five six.']],
    ['a changed capital', ['One “two” three — four.', 'five six.']],
    ['whitespace inside a piece that the source does not have', ['One “two” three — four.', 'Five  six.']],
  ])('reports %s', (_name, pieces) => {
    expect(findFidelityMismatch(text, pieces)).toBeDefined();
  });

  it('names the source line and the first differing text', () => {
    expect(findFidelityMismatch(text, ['One “two” three — four.', 'Five sax.'])).toEqual({
      piece: 1,
      sourceLine: 3,
      expected: 'ax.',
      found: 'ix.',
    });
  });
});
