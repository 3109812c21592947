import { describe, expect, it } from 'vitest';
import { alignByCost, type Bead } from '../../../common/import/alignment';
import { alignTexts } from '../../../common/import/align-texts';
import { splitSentences } from '../../../common/import/sentences';

const shapes = (beads: readonly Bead[]): string[] => beads.map((bead) => `${bead.en.to - bead.en.from}-${bead.ko.to - bead.ko.from}`);

/** Sentences of the lengths given (whitespace aside), each a capital, small letters and a stop. */
const englishOf = (...lengths: number[]): string => lengths.map((length) => `X${'x'.repeat(length - 2)}.`).join(' ');
const koreanOf = (...lengths: number[]): string => lengths.map((length) => `${'가'.repeat(length - 1)}.`).join(' ');

describe('alignByCost', () => {
  it('finds the cheapest sequence of matches, using every sentence once and in order', () => {
    // A cost that wants English sentence 1 with Korean 1 and 2, the rest one to one.
    const beads = alignByCost(3, 4, (en, ko) => {
      const a = en.to - en.from;
      const b = ko.to - ko.from;
      if (en.from === 1 && a === 1) return ko.from === 1 && b === 2 ? 0 : 10;
      return a === 1 && b === 1 ? 0.1 : 5;
    });
    expect(beads.map((bead) => [bead.en.from, bead.en.to, bead.ko.from, bead.ko.to])).toEqual([
      [0, 1, 0, 1],
      [1, 2, 1, 3],
      [2, 3, 3, 4],
    ]);
  });

  it('is sure of a match that no other alignment comes close to, and unsure where two tie', () => {
    const clear = alignByCost(2, 2, (en, ko) => (en.to - en.from === 1 && ko.to - ko.from === 1 ? 0 : 20));
    expect(clear.every((bead) => bead.confidence > 0.99)).toBe(true);
    // 1-2 then 1-0, or 1-1 then 1-1 and a 0-1 ... two ways of equal cost for the last sentence.
    const tied = alignByCost(1, 2, (en, ko) => (en.to - en.from === 1 && ko.to - ko.from === 1 ? 1 : ko.to - ko.from === 2 ? 2 : 1));
    expect(Math.min(...tied.map((bead) => bead.confidence))).toBeLessThan(0.6);
  });
});

describe('alignTexts', () => {
  it('matches one English sentence with two Korean ones when their lengths say so', () => {
    const en = splitSentences(englishOf(100, 80, 120, 60), 'en');
    const ko = splitSentences(koreanOf(50, 20, 20, 60, 30), 'ko');
    expect(shapes(alignTexts(en, ko).beads)).toEqual(['1-1', '1-2', '1-1', '1-1']);
  });

  it('estimates the length ratio from the texts: Korean at about half the English here', () => {
    const en = splitSentences(englishOf(100, 80, 120, 60, 90), 'en');
    const ko = splitSentences(koreanOf(52, 39, 61, 30, 44), 'ko');
    const { model } = alignTexts(en, ko);
    expect(model.ratio).toBeGreaterThan(0.45);
    expect(model.ratio).toBeLessThan(0.55);
  });

  it('anchors paragraphs to paragraphs when both texts have as many, and not otherwise', () => {
    const en = splitSentences(`${englishOf(60, 200)}\n\n${englishOf(60)}`, 'en');
    const ranges = (beads: readonly Bead[]): string[] => beads.map((bead) => `${bead.en.from}-${bead.en.to}:${bead.ko.from}-${bead.ko.to}`);
    // Alone, the lengths pair the long English sentence of paragraph 1 with the long Korean one of paragraph 2 ...
    const loose = alignTexts(en, splitSentences(`${koreanOf(30)} ${koreanOf(100, 30)}`, 'ko'));
    expect(loose.anchoredByParagraphs).toBe(false);
    expect(ranges(loose.beads)).toEqual(['0-1:0-1', '1-2:1-2', '2-3:2-3']);
    // ... but paragraph 1 translates paragraph 1 when the Korean has two paragraphs as well.
    const anchored = alignTexts(en, splitSentences(`${koreanOf(30)}\n\n${koreanOf(100, 30)}`, 'ko'));
    expect(anchored.anchoredByParagraphs).toBe(true);
    expect(ranges(anchored.beads)).toEqual(['0-2:0-1', '2-3:1-3']);
  });

  it('matches a sentence that stands word for word in both texts with its twin', () => {
    const en = splitSentences('From the river to the sea, Palestine will be free. 팔레스타인 해방을 위하여!', 'en');
    const ko = splitSentences('강에서 바다까지 팔레스타인의 해방을! 팔레스타인 해방을 위하여!', 'ko');
    expect(shapes(alignTexts(en, ko).beads)).toEqual(['1-1', '1-1']);
  });

  it('leaves text in the other language’s script with no twin on its own, English-only lines first', () => {
    const en = splitSentences('Power to every Palestinian fighting for their freedom.\n\nIn solidarity,', 'en');
    const ko = splitSentences('자유를 위해 싸우는 모든 팔레스타인인에게 힘을.\n\nFree Free Palestine!', 'ko');
    const { beads } = alignTexts(en, ko);
    expect(shapes(beads)).toEqual(['1-1', '1-0', '0-1']);
  });
});
