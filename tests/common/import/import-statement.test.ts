import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFidelityMismatch } from '../../../common/content/fidelity';
import { loadContent } from '../../../common/content/load-content';
import { LANGUAGES, type Language } from '../../../common/deck/deck';
import { importStatement, joinSources, segmentIds, type ImportedStatement } from '../../../common/import/import-statement';
import { parse } from 'yaml';
import { formatProblem } from '../../../common/content/problem';
import { projectStatementTexts } from '../../support/bilingual-texts';
import { readProjectFile } from '../../support/project-content';

function imported(texts: Record<Language, string>): ImportedStatement {
  const result = importStatement(texts);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.imported;
}

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('importing the project’s own statement from content/source/statement.txt', () => {
  const texts = projectStatementTexts();
  const result = imported(texts);

  it('writes a statement.yaml that the app’s loader accepts, with the settings shipped, and no problem at all', () => {
    const loaded = loadContent({ statement: result.statementYaml, settings: readProjectFile('content/settings.yaml'), source: result.sourceText });
    expect(loaded.ok).toBe(true);
    expect(loaded.problems).toEqual([]);
  });

  it.each(LANGUAGES)('spells out the %s text exactly, in order, apart from whitespace between segments', (lang) => {
    const loaded = loadContent({ statement: result.statementYaml });
    if (!loaded.ok) throw new Error('does not load');
    const pieces = loaded.deck.slides.flatMap((slide) => (slide.text[lang] === undefined ? [] : [slide.text[lang]]));
    expect(findFidelityMismatch(texts[lang], pieces)).toBeUndefined();
  });

  it('writes the source as it was: both texts, byte for byte, the same file as the project’s', () => {
    expect(result.sourceText).toBe(readProjectFile('content/source/statement.txt'));
  });

  it('makes the sign-off, the organizations line and the closing chant one-language segments, marked to check', () => {
    const oneLanguage = result.deck.slides.filter((slide) => Object.keys(slide.text).length === 1);
    expect(oneLanguage.map((slide) => slide.text)).toEqual([
      { en: 'In solidarity,' },
      { en: 'Follow and support these Palestinian organizations:' },
      { ko: 'Free Free Palestine!' },
    ]);
    for (const slide of oneLanguage) expect(result.checks.get(slide.id)?.join(' ')).toMatch(/^only in the (English|Korean) text/u);
    expect(result.statementYaml).toMatch(/# check: only in the English text[^\n]*\n {2}- id: \w+\n {4}en: >-\n {6}In solidarity,/u);
  });

  it('pairs the Korean chant inside the English text with the same words in the Korean', () => {
    const last = result.deck.slides.find((slide) => slide.text.en?.endsWith('팔레스타인 해방을 위하여!'));
    expect(last?.text.ko).toMatch(/팔레스타인 해방을 위하여!$/u);
  });

  it('finds Korean about half as long as English, from the texts themselves, with different paragraph counts', () => {
    expect(result.anchoredByParagraphs).toBe(false);
    expect(result.model.ratio).toBeGreaterThan(0.45);
    expect(result.model.ratio).toBeLessThan(0.55);
  });
});

describe('importing a notice written for these tests (tests/common/import/fixtures)', () => {
  const texts = { en: fixture('vigil.en.txt'), ko: fixture('vigil.ko.txt') };
  const result = imported(texts);

  it('matches every sentence with its translation, paragraph by paragraph, none to check', () => {
    expect(result.anchoredByParagraphs).toBe(true);
    expect(result.checks.size).toBe(0);
    expect(result.deck.slides.map((slide) => [slide.id, slide.text])).toEqual([
      ['1a', { en: 'Join us for a candlelight vigil for Palestine on Saturday, May 17, at 7 p.m. in front of City Hall.', ko: '5월 17일 토요일 오후 7시, 시청 앞에서 열리는 팔레스타인을 위한 촛불 추모제에 함께해 주세요.' }],
      ['1b', { en: 'Dr. Lee, a nurse who worked in Gaza, will speak about its hospitals. Bring a candle, a friend and your voice.', ko: '가자지구에서 일한 간호사인 이 박사가 그곳의 병원들에 대해 이야기합니다. 초와 친구, 그리고 여러분의 목소리를 가져오세요.' }],
      ['2a', { en: 'The vigil is peaceful and open to everyone. Children are welcome (please keep them close. The square gets crowded).', ko: '추모제는 평화적이며 누구나 참여할 수 있습니다. 어린이도 환영합니다(가까이 데리고 있어 주세요. 광장이 붐빕니다).' }],
      ['2b', { en: 'We will read the names of the children killed since October. At the end, we will shout “Free Palestine!” together.', ko: '10월 이후 목숨을 잃은 아이들의 이름을 읽겠습니다. 마지막에는 다 함께 “팔레스타인에 자유를!”이라고 외칠 것입니다.' }],
      ['3a', { en: 'In solidarity,', ko: '연대하며,' }],
    ]);
  });

  it('keeps text that YAML would misread exactly as written', () => {
    const tricky = importStatement({
      en: 'Note: #1 is “first” — - yes.\n\n"Quoted"? Yes!\n\nA line wrapped\nby the editor.',
      ko: '참고: #1은 “첫째” — - 예.\n\n"인용"? 예!\n\n편집기가 줄을\n바꾼 문장.',
    });
    if (!tricky.ok) throw new Error(tricky.errors.join('\n'));
    expect(tricky.imported.deck.slides.map((slide) => slide.text)).toEqual([
      { en: 'Note: #1 is “first” — - yes.', ko: '참고: #1은 “첫째” — - 예.' },
      { en: '"Quoted"? Yes!', ko: '"인용"? 예!' },
      { en: 'A line wrapped\nby the editor.', ko: '편집기가 줄을\n바꾼 문장.' },
    ]);
  });

  it('refuses a text with no sentences at all, naming it', () => {
    expect(importStatement({ en: 'One.', ko: ' \n ' })).toEqual({ ok: false, errors: ['the Korean text is empty'] });
  });
});

describe('importing texts the show cannot run as they are', () => {
  const long = { en: `We stand with Palestine, ${'and with every village that was emptied, '.repeat(40)}until return.`, ko: `우리는 팔레스타인과 함께합니다, ${'비워진 모든 마을과 함께, '.repeat(50)}귀환의 날까지.` };
  const texts = { en: `Free Palestine.\n\n${long.en}\n\nFollow us at https://www.example.org/solidarity-with-palestine/statement.`, ko: `팔레스타인에 자유를.\n\n${long.ko}\n\nhttps://www.example.org/solidarity-with-palestine/statement에서 확인하세요.` };
  const result = imported(texts);

  it('writes every segment all the same, the one too long for a slide marked with its error above it', () => {
    expect([...result.errors.keys()]).toEqual(['2a']);
    expect(result.errors.get('2a')?.join(' ')).toMatch(/the (en|ko) text of "2a" is too long to be read from across the room/u);
    expect(result.statementYaml).toMatch(/# error: the en text of "2a" is too long[^\n]*\n(?: *#[^\n]*\n)* {2}- id: 2a\n/u);
    expect(result.deck.slides.map((slide) => slide.id)).toEqual(['1a', '2a', '3a']);
  });

  it('leaves them to be fixed: the app’s loader refuses the folder, naming the segment’s line, and nothing else', () => {
    const loaded = loadContent({ statement: result.statementYaml, source: result.sourceText });
    expect(loaded.ok).toBe(false);
    expect(loaded.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/statement\.yaml:\d+: error: the en text of "2a" is too long/u)]);
  });

  it.each(LANGUAGES)('still spells out the %s text exactly, the segment with the error included', (lang) => {
    const parsed = parse(result.statementYaml) as { segments: Record<string, string>[] };
    expect(findFidelityMismatch(texts[lang], parsed.segments.flatMap((segment) => (segment[lang] === undefined ? [] : [segment[lang]])))).toBeUndefined();
  });

  it('imports a statement that ends with its web address, which breaks across lines rather than refusing the slide', () => {
    expect(result.deck.slides.at(-1)?.text.en).toBe('Follow us at https://www.example.org/solidarity-with-palestine/statement.');
    expect(result.errors.has('3a')).toBe(false);
  });
});

describe('joinSources', () => {
  it('puts a blank line between the texts only where the English does not end with one', () => {
    expect(joinSources('One.', '하나.')).toBe('One.\n\n하나.');
    expect(joinSources('One.\n', '하나.')).toBe('One.\n\n하나.');
    expect(joinSources('One.\n\n\n', '하나.')).toBe('One.\n\n\n하나.');
  });
});

describe('segmentIds', () => {
  it('numbers paragraphs and letters segments, starting a number only where every language opens a paragraph', () => {
    const both = ['en', 'ko'] as const;
    expect(
      segmentIds([
        { languages: both, startsParagraph: both },
        { languages: both, startsParagraph: [] },
        { languages: both, startsParagraph: ['ko'] },
        { languages: ['en'], startsParagraph: ['en'] },
        { languages: ['ko'], startsParagraph: ['ko'] },
      ]),
    ).toEqual(['1a', '1b', '1c', '2a', '3a']);
  });
});
