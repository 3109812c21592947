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

describe('section heads (section-heads.ts), kept with what follows them', () => {
  const units = (text: string, lang: 'en' | 'ko') => splitSentences(text, lang).map((sentence) => [sentence.text, sentence.sectionKey ?? (sentence.opensSection === true ? 'head' : '')]);

  it('joins a number on a line of its own to the sentence after it, not the one before', () => {
    expect(units('We fought for our independence.\n3\nWe demand peace.\n\nNext.', 'en')).toEqual([
      ['We fought for our independence.', ''],
      ['3\nWe demand peace.', 'n:3'],
      ['Next.', ''],
    ]);
    expect(units('우리는 독립을 위해 싸웠다.\n\n3\n\n우리는 평화를 요구한다.', 'ko')).toEqual([
      ['우리는 독립을 위해 싸웠다.', ''],
      ['3\n\n우리는 평화를 요구한다.', 'n:3'],
    ]);
  });

  it('knows a section by its number however it is written, the same key in both languages', () => {
    const keys = (text: string, lang: 'en' | 'ko') => splitSentences(text, lang).map((sentence) => sentence.sectionKey);
    expect(keys('Article 3\nEveryone has the right. Section 4 – Scope.\nIt applies. III. We act.\n(b) We march.', 'en')).toEqual(['n:3', 'n:4', 'n:3', 'l:2']);
    expect(keys('제3조\n모든 사람은 권리를 가진다. 4조 - 범위.\n적용된다. 一. 우리는 행동한다. 나. 우리는 행진한다.', 'ko')).toEqual(['n:3', 'n:4', 'n:1', 'l:2']);
  });

  it('joins a short heading of its own paragraph, with no punctuation at its end, to the paragraph after it', () => {
    expect(units('Attribution\n\nThis code is adapted.\n\n1. Correction\n\nUse of language.', 'en')).toEqual([
      ['Attribution\n\nThis code is adapted.', 'head'],
      ['1. Correction\n\nUse of language.', 'n:1'],
    ]);
  });

  it('takes a sentence after a label for a sentence, not a heading, and a sign-off for no heading at all', () => {
    expect(units('1. upon express reinstatement by the Licensor.\n\nFor the avoidance of doubt, it stands.', 'en')).toEqual([
      ['1. upon express reinstatement by the Licensor.', 'n:1'],
      ['For the avoidance of doubt, it stands.', ''],
    ]);
    expect(units('제3조 모든 사람은 권리를 가진다. 제4조 누구도 고문을 받지 아니한다.', 'ko')).toEqual([
      ['제3조 모든 사람은 권리를 가진다.', 'n:3'],
      ['제4조 누구도 고문을 받지 아니한다.', 'n:4'],
    ]);
    expect(units('In solidarity,\n\n\nFollow and support these Palestinian organizations:', 'en')).toEqual([
      ['In solidarity,', ''],
      ['Follow and support these Palestinian organizations:', ''],
    ]);
  });

  it('keeps every unit a slice of the text exactly', () => {
    const text = 'Section 6 – Term and Termination.\n\na. This applies. However, no.\n\nb. Where it:\n\n1. automatically; or';
    for (const sentence of splitSentences(text, 'en')) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('lines wrapped inside a paragraph', () => {
  it('do not end a sentence where the line ends, in either language', () => {
    expect(texts('Community Impact: Use of language deemed\nunprofessional in the community.\n\nNext.', 'en')).toEqual(['Community Impact: Use of language deemed\nunprofessional in the community.', 'Next.']);
    expect(texts('커뮤니티 영향: 커뮤니티 내 부적절한 언어 사용이나\n비전문적인 행동.\n\n다음.', 'ko')).toEqual(['커뮤니티 영향: 커뮤니티 내 부적절한 언어 사용이나\n비전문적인 행동.', '다음.']);
  });
});
