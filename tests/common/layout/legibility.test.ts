import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../common/content/load-content';
import { formatProblem } from '../../../common/content/problem';
import { firstIllegible, fitsLegibly, SUPPORTED_SCREENS } from '../../../common/layout/legibility';
import { loadProjectContent } from '../../support/project-content';

/** The problems of a statement with one segment whose `lang` text is `text`. */
function problemsOf(lang: 'en' | 'ko', text: string): string[] {
  return loadContent({ statement: `segments:\n  - id: long\n    ${lang}: >-\n      ${text}\n` }).problems.map(formatProblem);
}

const SPLIT_IT = 'split it into two or more segments';

describe('the legibility check of the content', () => {
  it('passes every frame of the statement on every supported screen, with room to spare', () => {
    for (const slide of loadProjectContent().deck.slides) {
      for (const [lang, text] of Object.entries(slide.text)) {
        // Half again as long still fits: no segment of the statement is near the limit.
        expect(firstIllegible(`${text} ${text.slice(0, text.length / 2)}`, lang as 'en' | 'ko'), `${slide.id}:${lang}`).toBeUndefined();
      }
    }
  });

  it('refuses a segment too long for the smallest screen as an error, naming it and how to fix it', () => {
    const long = 'The ceasefire did not end the war — it only gave it new life. '.repeat(35).trim();
    const loaded = loadContent({ statement: `segments:\n  - id: long\n    en: >-\n      ${long}\n` });
    expect(loaded.ok).toBe(false);
    expect(loaded.problems.map(formatProblem)).toEqual([
      `content/statement.yaml:3: error: the en text of "long" is too long to be read from across the room: on a 800x600 screen it would be set smaller than 18 px, the legible minimum there; ${SPLIT_IT}`,
    ]);
  });

  it.each([
    ['English', 'en', 'Free Palestine. '.repeat(190)],
    ['Korean', 'ko', '팔레스타인 해방을 위하여! '.repeat(215)],
  ])('refuses a 3,000-character segment of %s, which the fit would set far under the legible size', (_name, lang, text) => {
    expect(text.trim().length).toBeGreaterThanOrEqual(3000);
    expect(problemsOf(lang as 'en' | 'ko', text.trim())).toEqual([
      expect.stringMatching(new RegExp(`^content/statement\\.yaml:3: error: the ${lang} text of "long" is too long to be read .*; split it into two or more segments$`, 'u')),
    ]);
  });

  it.each([
    ['English', 'en', 'FreePalestine'.repeat(231), 3003],
    ['Korean', 'ko', '팔레스타인해방'.repeat(429), 3003],
  ])('refuses a 3,000-character run of %s without a space, counted by its length and not as one word', (_name, lang, text, length) => {
    expect(problemsOf(lang as 'en' | 'ko', text)).toEqual([
      expect.stringMatching(new RegExp(`^content/statement\\.yaml:3: error: the ${lang} text of "long" has a run of ${length} characters without a break \\(".{24}…"\\), too wide for a line at a legible size on a 800x600 screen; add spaces to it, or split the segment$`, 'u')),
    ]);
  });

  it('refuses a run too wide for a line at a legible size: the fit would set the whole slide smaller, not wrap it', () => {
    const text = `Follow us: ${'Free-Palestine-'.repeat(6)}now`;
    expect(firstIllegible(text, 'en')).toMatchObject({ tooWide: expect.stringContaining('Free-Palestine-') });
    expect(firstIllegible(`Follow us on our site, example.org: ${'solidarity '.repeat(8)}`, 'en')).toBeUndefined();
  });

  it('counts a web address as its longest piece between break points, not as one run', () => {
    // One run of 58 characters, too wide for a line at 1080x1920; its longest piece is 12.
    const text = `Follow us: https://example.org/${'solidarity-'.repeat(8)}`;
    expect(firstIllegible(text, 'en')).toBeUndefined();
    const korean = `자세한 내용은 https://www.contributor-covenant.org/ko/version/2/1/code-of-conduct.html에서 확인할 수 있습니다.`;
    expect(firstIllegible(korean, 'ko')).toBeUndefined();
    // A piece too wide for a line is still refused, by its own length.
    expect(firstIllegible(`See https://example.org/${'x'.repeat(60)}`, 'en')).toMatchObject({ tooWide: 'x'.repeat(60) });
  });

  it('refuses a run that fits a line on a landscape screen but not on a portrait panel', () => {
    // The last two words are one run (WholeWords.tsx). Measured in Chromium at 1080x1920: 31 px, under the legible 38.4 px.
    const text = 'Say it loud: Free-Palestine-from-the-river-to-the-sea-now-and-forever!';
    expect(fitsLegibly(text, 'en', { width: 1920, height: 1080 })).toBe(true);
    expect(firstIllegible(text, 'en')).toEqual({ screen: { width: 1080, height: 1920 }, tooWide: 'loud: Free-Palestine-from-the-river-to-the-sea-now-and-forever!' });
  });

  it('counts the signatory and the organizations under the text', () => {
    const organizations = Array.from({ length: 60 }, (_, index) => `Solidarity Organization Number ${index + 1}`);
    expect(fitsLegibly({ text: 'Signed by:', below: [[], organizations.slice(0, 10)] }, 'en', { width: 1920, height: 1080 })).toBe(true);
    expect(fitsLegibly({ text: 'Signed by:', below: [[], organizations] }, 'en', { width: 1920, height: 1080 })).toBe(false);
  });

  it('judges Korean by its wider characters', () => {
    const korean = '팔레스타인 해방을 위하여! '.repeat(60).trim();
    const english = 'Free Palestine now! '.repeat(45).trim();
    expect(fitsLegibly(english, 'en', { width: 1920, height: 1080 })).toBe(true);
    expect(fitsLegibly(korean, 'ko', { width: 1920, height: 1080 })).toBe(false);
  });

  it('holds slides to the smallest screens the browser tests fit the statement to', () => {
    expect(SUPPORTED_SCREENS).toContainEqual({ width: 800, height: 600 });
    expect(SUPPORTED_SCREENS).toContainEqual({ width: 600, height: 800 });
  });
});
