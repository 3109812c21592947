import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditedSegment } from '../../../common/edit/edited-content';
import { addSegmentAfter, freshId, mergeWithNext, moveSegment, moveSentence, removeSegment, splitSegment } from '../../../common/edit/segment-edits';

const SEGMENTS: EditedSegment[] = [
  { id: '1a', kind: 'statement', text: { en: 'We stand with Palestine. We will not be silent.', ko: '우리는 팔레스타인과 연대합니다. 침묵하지 않겠습니다.' } },
  { id: '1b', kind: 'statement', text: { en: 'Free Palestine.', ko: '팔레스타인 해방.' } },
];

describe('the editor’s changes to the segments', () => {
  it('splits at the cursor in one language: the other stays whole above, and the new segment has an id of its own', () => {
    const split = splitSegment(SEGMENTS, 0, { en: 'We stand with Palestine.'.length });
    expect(split.map((segment) => segment.id)).toEqual(['1a', '1a-2', '1b']);
    expect(split[0]?.text).toEqual({ en: 'We stand with Palestine.', ko: SEGMENTS[0]?.text.ko });
    expect(split[1]?.text).toEqual({ en: 'We will not be silent.' });
  });

  it('splits in both languages, and a cursor at either end cuts nothing', () => {
    const split = splitSegment(SEGMENTS, 0, { en: 24, ko: '우리는 팔레스타인과 연대합니다.'.length });
    expect(split[1]?.text).toEqual({ en: 'We will not be silent.', ko: '침묵하지 않겠습니다.' });
    expect(splitSegment(SEGMENTS, 0, { en: 0, ko: SEGMENTS[0]?.text.ko?.length ?? 0 })).toEqual(SEGMENTS);
  });

  it('merges with the next: each language joined by one space, the first’s id kept', () => {
    expect(mergeWithNext(SEGMENTS, 0)).toEqual([{ id: '1a', kind: 'statement', text: { en: `${SEGMENTS[0]?.text.en} Free Palestine.`, ko: `${SEGMENTS[0]?.text.ko} 팔레스타인 해방.` } }]);
    expect(mergeWithNext(SEGMENTS, 1)).toEqual(SEGMENTS);
  });

  it('moves a sentence down and back up in one language, leaving the other untouched', () => {
    const down = moveSentence(SEGMENTS, 0, 'ko', 'down');
    expect(down[0]?.text).toEqual({ en: SEGMENTS[0]?.text.en, ko: '우리는 팔레스타인과 연대합니다.' });
    expect(down[1]?.text.ko).toBe('침묵하지 않겠습니다. 팔레스타인 해방.');
    expect(moveSentence(down, 1, 'ko', 'up')).toEqual(SEGMENTS);
    // The only sentence moved up leaves the language empty: the segment is then shown in one language.
    expect(moveSentence(SEGMENTS, 1, 'en', 'up')[1]?.text).toEqual({ ko: '팔레스타인 해방.' });
  });

  it('moves, adds and removes segments', () => {
    expect(moveSegment(SEGMENTS, 0, 1).map((segment) => segment.id)).toEqual(['1b', '1a']);
    expect(moveSegment(SEGMENTS, 0, -1)).toEqual(SEGMENTS);
    expect(addSegmentAfter(SEGMENTS, 0).map((segment) => segment.id)).toEqual(['1a', '1a-2', '1b']);
    expect(removeSegment(SEGMENTS, 0).map((segment) => segment.id)).toEqual(['1b']);
    expect(freshId([...SEGMENTS, { id: '1a-2', kind: 'statement', text: {} }], '1a-2')).toBe('1a-3');
  });

  it('never adds, drops or changes a character: split anywhere and merged back, each language reads as before (property)', () => {
    const word = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', 'b', '가', '나', '.', ',', '“', '”', '—') });
    const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (en, ko, enCut, koCut) => {
        const segments: EditedSegment[] = [{ id: 'a', kind: 'statement', text: { en, ko } }];
        const cuts = { en: enCut % (en.length + 1), ko: koCut % (ko.length + 1) };
        // A cut at a space: the space is where the two parts meet again.
        const atSpace = (value: string, at: number): boolean => value[at] === ' ' && value[at - 1] !== ' ' && value[at + 1] !== ' ';
        if (!atSpace(en, cuts.en) || !atSpace(ko, cuts.ko)) return;
        const split = splitSegment(segments, 0, cuts);
        expect(split).toHaveLength(2);
        expect(mergeWithNext(split, 0)).toEqual(segments);
      }),
    );
  });
});
