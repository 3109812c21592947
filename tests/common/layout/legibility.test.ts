import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../common/content/load-content';
import { formatProblem } from '../../../common/content/problem';
import { firstIllegibleScreen, fitsLegibly } from '../../../common/layout/legibility';
import { loadProjectContent } from '../../support/project-content';

describe('the legibility check of the content', () => {
  it('passes every segment of the statement on every standard screen', () => {
    for (const slide of loadProjectContent().deck.slides) {
      for (const [lang, text] of Object.entries(slide.text)) expect(firstIllegibleScreen(text, lang as 'en' | 'ko'), `${slide.id}:${lang}`).toBeUndefined();
    }
  });

  it('names a segment too long for a projector, so an organizer can split it', () => {
    const long = 'The ceasefire did not end the war — it only gave it new life. '.repeat(35).trim();
    const loaded = loadContent({ statement: `segments:\n  - id: long\n    en: >-\n      ${long}\n` });
    expect(loaded.problems.map(formatProblem)).toEqual([
      'content/statement.yaml:3: warning: the en text of "long" is too long to be read from across the room on a 1024x768 screen; split it into two segments',
    ]);
  });

  it('judges Korean by its wider characters', () => {
    const korean = '팔레스타인 해방을 위하여! '.repeat(60).trim();
    const english = 'Free Palestine now! '.repeat(45).trim();
    expect(fitsLegibly(english, 'en', { width: 1920, height: 1080 })).toBe(true);
    expect(fitsLegibly(korean, 'ko', { width: 1920, height: 1080 })).toBe(false);
  });
});
