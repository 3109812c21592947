import { describe, expect, it } from 'vitest';
import { READ_ALONG_HEADING_CHARACTERS } from '../../../common/content/compile-deck';
import { loadContent } from '../../../common/content/load-content';
import { formatProblem } from '../../../common/content/problem';

const WITH_READ_ALONG = (heading = 'Read along on your phone') => `segments:
  - id: one
    en: >-
      First: a sentence.
    ko: >-
      첫 문장.
  - id: phones
    kind: read-along
    en: >-
      ${heading}
  - id: closing
    kind: closing
    ko: Free Free Palestine!
`;
const SOURCE = 'First: a sentence.\n\n첫 문장.\n\nFree Free Palestine!\n';

describe('a read-along slide in the statement', () => {
  it('loads as a slide of its own kind, with the heading the organizers wrote', () => {
    const loaded = loadContent({ statement: WITH_READ_ALONG() });
    expect(loaded.ok && loaded.deck.slides.map((slide) => [slide.id, slide.kind])).toEqual([
      ['one', 'statement'],
      ['phones', 'read-along'],
      ['closing', 'closing'],
    ]);
    expect(loaded.ok && loaded.deck.slides[1]?.text).toEqual({ en: 'Read along on your phone' });
  });

  it('is no part of the statement: the slides still add up to the source text without its heading', () => {
    expect(loadContent({ statement: WITH_READ_ALONG(), source: SOURCE }).problems).toEqual([]);
  });

  it('warns about a heading too long to stay large above its code', () => {
    const loaded = loadContent({ statement: WITH_READ_ALONG('word '.repeat(READ_ALONG_HEADING_CHARACTERS / 5 + 2).trim()), source: SOURCE });
    expect(loaded.ok).toBe(true);
    expect(loaded.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/statement\.yaml:\d+: warning: the read-along heading of "phones" is \d+ characters long/u)]);
  });
});
