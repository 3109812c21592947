import { describe, expect, it } from 'vitest';
import type { Bead } from '../../../common/import/alignment';
import { cutIntoSegments, MAX_SENTENCES } from '../../../common/import/segmenting';
import { splitSentences } from '../../../common/import/sentences';

const RATES = { en: 13, ko: 9 };

/** Texts and one-to-one matches of their sentences, with `only` adding one-language matches. */
function matched(en: string, ko: string, extra: readonly Bead[] = []) {
  const texts = { en: { text: en, sentences: splitSentences(en, 'en') }, ko: { text: ko, sentences: splitSentences(ko, 'ko') } };
  const count = Math.min(texts.en.sentences.length, texts.ko.sentences.length);
  const beads: Bead[] = Array.from({ length: count }, (_, index) => ({ en: { from: index, to: index + 1 }, ko: { from: index, to: index + 1 }, cost: 0, confidence: 1 }));
  return { texts, beads: [...beads, ...extra] };
}

describe('cutIntoSegments', () => {
  it('puts two short matches on one slide and leaves long ones alone', () => {
    const { texts, beads } = matched(
      'Zionism is not a religion. It is a political ideology. Following our liberation from Japanese colonialism and the beginning of independent socialist construction in Korea, the US split our country in two and indiscriminately bombed and killed our people.',
      '시오니즘은 종교가 아닙니다. 정치적 이념입니다. 우리가 일제강점기로부터 해방되고 한국에서 자주적인 사회주의 건설이 시작될 때, 미국은 우리 나라를 둘로 갈라놓고 우리 인민을 무차별 폭격하고 살해하였습니다.',
    );
    const segments = cutIntoSegments(beads, texts, RATES);
    expect(segments.map((segment) => segment.text.en)).toEqual([
      'Zionism is not a religion. It is a political ideology.',
      expect.stringMatching(/^Following our liberation/u),
    ]);
  });

  it('never joins across a paragraph break of either text', () => {
    const { texts, beads } = matched('One. Two.\n\nThree.', '하나. 둘.\n\n셋.');
    const korean = matched('One. Two. Three.', '하나.\n\n둘. 셋.');
    expect(cutIntoSegments(beads, texts, RATES).map((segment) => segment.text.en)).toEqual(['One. Two.', 'Three.']);
    expect(cutIntoSegments(korean.beads, korean.texts, RATES).map((segment) => segment.text.ko)).toEqual(['하나.', '둘. 셋.']);
  });

  it('keeps to three sentences a language on a slide', () => {
    // Words, not letters: `A.` alone is a list's label (section-heads.ts), kept with what follows.
    const { texts, beads } = matched('One. Two. Six. Ten. Red. Sky. Sea.', '하나. 둘. 여섯. 열. 빨강. 하늘. 바다.');
    const segments = cutIntoSegments(beads, texts, RATES);
    expect(segments.map((segment) => segment.text.en)).toEqual(['One. Two. Six.', 'Ten. Red.', 'Sky. Sea.']);
    for (const segment of segments) expect(segment.beads.length).toBeLessThanOrEqual(MAX_SENTENCES);
  });

  it('makes text in one language only a segment of its own', () => {
    const { texts, beads } = matched('Short one. In solidarity,', '짧은 문장.', [{ en: { from: 1, to: 2 }, ko: { from: 1, to: 1 }, cost: 5, confidence: 0.3 }]);
    expect(cutIntoSegments(beads, texts, RATES).map((segment) => segment.text)).toEqual([{ en: 'Short one.', ko: '짧은 문장.' }, { en: 'In solidarity,' }]);
  });

  it('cuts each text exactly as given, line breaks inside a paragraph and all', () => {
    // With blank lines between paragraphs, a single line break only wraps a line.
    const { texts, beads } = matched('A wrapped\nsentence.  And  another.\n\nNext.', '줄이 바뀐\n문장.  그리고  하나 더.\n\n다음.');
    const [segment] = cutIntoSegments(beads, texts, RATES);
    expect(segment?.text).toEqual({ en: 'A wrapped\nsentence.  And  another.', ko: '줄이 바뀐\n문장.  그리고  하나 더.' });
  });

  it('starts a segment where a section starts in either text, a head and its first sentence together', () => {
    const { texts, beads } = matched('We won our independence. 3. We demand peace. We march.', '우리는 독립을 쟁취했다. 3. 우리는 평화를 요구한다. 우리는 행진한다.');
    expect(texts.en.sentences.map((sentence) => sentence.text)).toEqual(['We won our independence.', '3. We demand peace.', 'We march.']);
    expect(cutIntoSegments(beads, texts, RATES).map((segment) => segment.text)).toEqual([
      { en: 'We won our independence.', ko: '우리는 독립을 쟁취했다.' },
      { en: '3. We demand peace. We march.', ko: '3. 우리는 평화를 요구한다. 우리는 행진한다.' },
    ]);
  });

  it('tells in which languages a segment opens a paragraph, for its id', () => {
    const { texts, beads } = matched('One.\n\nTwo. Three.', '하나.\n\n둘.\n\n셋.');
    expect(cutIntoSegments(beads, texts, RATES).map((segment) => segment.startsParagraph)).toEqual([['en', 'ko'], ['en', 'ko'], ['ko']]);
  });
});
