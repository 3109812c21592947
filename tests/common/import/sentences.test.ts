import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../../../common/import/paragraphs';
import { splitSentences } from '../../../common/import/sentences';

const texts = (text: string, lang: 'en' | 'ko'): string[] => splitSentences(text, lang).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('gives each sentence exactly as it stands in the text, with its place and paragraph', () => {
    const text = '  First one.  Second one!\n\nThird, in a new paragraph?\n';
    const sentences = splitSentences(text, 'en');
    expect(sentences.map((sentence) => [sentence.text, sentence.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one!', 0],
      ['Third, in a new paragraph?', 1],
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not end a Korean sentence at a quotation followed by its particle', () => {
    expect(texts('그들은 “평화!”라고 외쳤습니다. 우리도 외쳤습니다.', 'ko')).toEqual(['그들은 “평화!”라고 외쳤습니다.', '우리도 외쳤습니다.']);
    expect(texts('북한은 ‘제국주의 위성?’이라고 부릅니다. 끝.', 'ko')).toEqual(['북한은 ‘제국주의 위성?’이라고 부릅니다.', '끝.']);
  });

  it('keeps text in parentheses with its sentence, full stops and all', () => {
    expect(texts('어린이도 환영합니다(가까이 있어 주세요. 붐빕니다). 다음 문장입니다.', 'ko')).toEqual([
      '어린이도 환영합니다(가까이 있어 주세요. 붐빕니다).',
      '다음 문장입니다.',
    ]);
    expect(texts('We marched. (Thousands came. It rained.) Then we left.', 'en')).toEqual(['We marched. (Thousands came. It rained.)', 'Then we left.']);
    expect(texts('We marched. (A) came and (b) went. Then we left.', 'en')).toEqual(['We marched.', '(A) came and (b) went.', 'Then we left.']);
  });

  it('does not end an English sentence at an abbreviation', () => {
    expect(texts('Dr. Lee and Mr. Kim met on Jan. 5 at 7 p.m. in the hall. They spoke, e.g. about Gaza. See No. 5. Done.', 'en')).toEqual([
      'Dr. Lee and Mr. Kim met on Jan. 5 at 7 p.m. in the hall.',
      'They spoke, e.g. about Gaza.',
      'See No. 5.',
      'Done.',
    ]);
  });

  it('ends an English sentence before one that starts with a number, where the segmenter does not', () => {
    expect(texts('Our country remains divided and at war today. 70 years later, the US is still here.', 'en')).toEqual([
      'Our country remains divided and at war today.',
      '70 years later, the US is still here.',
    ]);
  });

  it('ends a Korean sentence at a full stop after Hangul, even before a Latin word', () => {
    expect(texts('값이 고유한지 확인하세요. accesskey 값은 고유해야 합니다.', 'ko')).toEqual(['값이 고유한지 확인하세요.', 'accesskey 값은 고유해야 합니다.']);
  });

  it('never runs a sentence across a paragraph break, even without a final stop', () => {
    expect(texts('In solidarity,\n\n\nFollow and support these organizations:', 'en')).toEqual(['In solidarity,', 'Follow and support these organizations:']);
  });
});

describe('findParagraphs', () => {
  it('separates paragraphs at blank lines and keeps wrapped lines together', () => {
    const text = 'One line\nwrapped.\n \nTwo.\r\n\r\nThree.';
    expect(findParagraphs(text).map((span) => text.slice(span.start, span.end))).toEqual(['One line\nwrapped.', 'Two.', 'Three.']);
  });

  it('takes each line as a paragraph when the text has no blank line at all', () => {
    const text = 'First paragraph.\nSecond paragraph.\n';
    expect(findParagraphs(text).map((span) => text.slice(span.start, span.end))).toEqual(['First paragraph.', 'Second paragraph.']);
  });
});
