import { describe, expect, it } from 'vitest';
import { createDeckDocuments } from '../../server/deck-document';
import { acceptsGzip, matchesEtag } from '../../server/deck-route';

describe('the deck for read-along pages', () => {
  it('is made once per deck, and its version follows its text, not the object', () => {
    const documents = createDeckDocuments();
    const deck = { languages: ['en', 'ko'] as const, slides: [] };
    const first = documents(deck);
    expect(documents(deck)).toBe(first);
    expect(documents({ ...deck }).version).toBe(first.version);
    expect(documents({ ...deck, slides: [{ id: 'a', kind: 'statement' as const, text: { en: 'A.' } }] }).version).not.toBe(first.version);
    expect(first.etag).toBe(`"${first.version}"`);
  });

  it('matches If-None-Match as RFC 9110 says: a list, weak tags, and *', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abcd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });

  it('gzips only for a browser that takes it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
