import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsOnly, wordRuns } from '../../../common/layout/word-runs';

describe('wordRuns', () => {
  it('keeps each word whole and the last two words together', () => {
    expect(wordRuns('Free Free Palestine!')).toEqual(['Free', ' ', 'Free Palestine!']);
    expect(runsOnly(wordRuns('팔레스타인 해방을 위하여!'))).toEqual(['팔레스타인', '해방을 위하여!']);
  });

  it('leaves a text of one or two words as one run', () => {
    expect(wordRuns('solidarity,')).toEqual(['solidarity,']);
    expect(wordRuns('In solidarity,')).toEqual(['In solidarity,']);
  });

  it('gives back the text exactly when its parts are joined, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => wordRuns(text).join('') === text));
  });

  it('puts white space only between runs, never inside one but the last', () => {
    const words = fc.array(fc.stringMatching(/^[^\s]{1,8}$/u), { minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(words, (list) => {
        const runs = runsOnly(wordRuns(list.join(' ')));
        expect(runs.slice(0, -1).every((run) => !/\s/u.test(run))).toBe(true);
        expect(runs.at(-1)).toBe(list.slice(-2).join(' '));
      }),
    );
  });
});
