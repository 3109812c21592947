import { describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../../../common/deck/deck';
import { charactersOf, charactersOfSlide } from '../../../common/deck/deck-characters';

const organizations: Slide = {
  id: 'orgs',
  kind: 'organizations',
  text: { en: 'Follow', ko: '연대' },
  organizations: [{ name: 'Samidoun', link: '@x' }],
};
const deck: Deck = { languages: ['en', 'ko'], slides: [{ id: 'a', kind: 'statement', text: { en: 'aab', ko: '가' } }, organizations] };

describe('the characters of a deck', () => {
  it('lists every character its slides show, once, in the order first met: texts, names and links', () => {
    expect(charactersOf(deck)).toBe('ab가Folw연대Smidun@x');
  });

  it('gives a slide the characters of the languages shown, with its organizations under them', () => {
    expect(charactersOfSlide(organizations, ['en'])).toBe('FolwSamidun@x');
    expect(charactersOfSlide(organizations, [])).toBe('');
  });
});
