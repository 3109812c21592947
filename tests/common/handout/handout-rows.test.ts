import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../common/deck/deck';
import { handoutRows } from '../../../common/handout/handout-rows';
import { loadProjectContent, readProjectFile } from '../../support/project-content';

const slide = (id: string, text: Slide['text'], extra: Partial<Slide> = {}): Slide => ({ id, kind: 'statement', text, ...extra });

describe('handoutRows', () => {
  it('sets each English paragraph next to the Korean that says the same, the source’s paragraphs kept', () => {
    const slides = [slide('1a', { en: 'One.', ko: '하나.' }), slide('1b', { en: 'Two.', ko: '둘.' }), slide('2a', { en: 'Three.', ko: '셋.' })];
    const source = 'One. Two.\n\nThree.\n\n하나. 둘.\n\n셋.\n';
    expect(handoutRows(slides, ['en', 'ko'], source).map((row) => row.paragraphs)).toEqual([
      { en: ['One. Two.'], ko: ['하나. 둘.'] },
      { en: ['Three.'], ko: ['셋.'] },
    ]);
  });

  it('keeps a row together where only one language starts a new paragraph', () => {
    const slides = [slide('5a', { en: 'One.', ko: '하나.' }), slide('5b', { en: 'Two.', ko: '둘.' }), slide('6a', { en: 'Three.', ko: '셋.' })];
    const source = 'One. Two.\n\nThree.\n\n하나.\n\n둘.\n\n셋.\n';
    expect(handoutRows(slides, ['en', 'ko'], source).map((row) => [row.slides.map((s) => s.id), row.paragraphs])).toEqual([
      [['5a', '5b'], { en: ['One. Two.'], ko: ['하나.', '둘.'] }],
      [['6a'], { en: ['Three.'], ko: ['셋.'] }],
    ]);
  });

  it('gives a one-language segment a row of its own, in its column only', () => {
    const slides = [slide('1a', { en: 'One.', ko: '하나.' }), slide('signature', { en: 'In solidarity,' }, { kind: 'signature' }), slide('closing', { ko: 'Free!' }, { kind: 'closing' })];
    const source = 'One.\n\nIn solidarity,\n\n하나.\n\nFree!\n';
    expect(handoutRows(slides, ['en', 'ko'], source).map((row) => row.paragraphs)).toEqual([{ en: ['One.'], ko: ['하나.'] }, { en: ['In solidarity,'] }, { ko: ['Free!'] }]);
  });

  it('passes over text of the source that is not shown, such as an empty list’s heading', () => {
    const slides = [slide('1a', { en: 'One.', ko: '하나.' }), slide('1b', { en: 'Two.', ko: '둘.' })];
    const source = 'One.\nHidden heading:\nTwo.\n\n하나. 둘.';
    expect(handoutRows(slides, ['en', 'ko'], source).map((row) => row.paragraphs)).toEqual([{ en: ['One. Two.'], ko: ['하나. 둘.'] }]);
  });

  it('makes each slide a paragraph when there is no source, or one that does not match', () => {
    const slides = [slide('1a', { en: 'One.', ko: '하나.' }), slide('1b', { en: 'Two.', ko: '둘.' })];
    for (const source of [undefined, 'Something else entirely.']) {
      expect(handoutRows(slides, ['en', 'ko'], source).map((row) => row.paragraphs)).toEqual([
        { en: ['One.'], ko: ['하나.'] },
        { en: ['Two.'], ko: ['둘.'] },
      ]);
    }
  });

  it('prints the project’s statement in its seven paragraphs, the Korean’s nine among them, then the sign-off and the chant', () => {
    const { deck } = loadProjectContent();
    const rows = handoutRows(deck.slides, deck.languages, readProjectFile('content/source/statement.txt'));
    expect(rows.map((row) => [row.paragraphs.en?.length ?? 0, row.paragraphs.ko?.length ?? 0])).toEqual([
      [1, 1], [1, 1], [1, 1], [1, 1], [1, 2], [1, 2], [1, 1], [1, 0], [0, 1],
    ]);
    expect(rows.flatMap((row) => row.slides).map((s) => s.id)).toEqual(deck.slides.map((s) => s.id));
  });
});
