import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressBreaksIn, addressPieces, runPieces } from '../../../common/layout/address-breaks';
import { wrappedLineCount } from '../../../common/layout/line-wrap';
import { linePieces } from '../../../common/layout/word-runs';

const HANGUL = /\p{Script=Hangul}/u;

describe('where a web address, an e-mail address or a handle may break across lines', () => {
  it('breaks a web address after a slash and before a full stop or its other marks, keeping `//` whole', () => {
    expect(runPieces('https://www.contributor-covenant.org/version/2/1/code_of_conduct.html')).toEqual([
      'https://', 'www', '.contributor', '-covenant', '.org/', 'version/', '2/', '1/', 'code', '_of', '_conduct', '.html',
    ]);
    expect(runPieces('creativecommons.org/policies')).toEqual(['creativecommons', '.org/', 'policies']);
  });

  it('breaks an e-mail address before its @ and a handle before its marks, never before the first character', () => {
    expect(runPieces('info@example.org')).toEqual(['info', '@example', '.org']);
    expect(runPieces('@their_handle')).toEqual(['@their', '_handle']);
  });

  it('leaves the sentence’s punctuation and a Korean particle after an address whole with the piece before them', () => {
    expect(runPieces('https://www.contributor-covenant.org/faq.')).toEqual(['https://', 'www', '.contributor', '-covenant', '.org/', 'faq.']);
    expect(runPieces('https://www.contributor-covenant.org/faq를')).toEqual(['https://', 'www', '.contributor', '-covenant', '.org/', 'faq를']);
    expect(runPieces('creativecommons.org를')).toEqual(['creativecommons', '.org를']);
    expect(runPieces('(www.example.org)에서')).toEqual(['(www', '.example', '.org)에서']);
  });

  it('never breaks inside a Korean word, in an address or beside it', () => {
    expect(runPieces('https://ko.wikipedia.org/wiki/대한민국_헌법')).toEqual(['https://', 'ko', '.wikipedia', '.org/', 'wiki/', '대한민국', '_헌법']);
    const korean = fc.stringMatching(/^[가-힣]{1,6}$/u);
    fc.assert(
      fc.property(korean, korean, korean, (a, b, c) => {
        const text = `https://${a}.example.org/${b}-${c}.html에서`;
        for (const at of addressBreaksIn(text)) expect(HANGUL.test(text[at - 1] ?? '') && HANGUL.test(text[at] ?? '')).toBe(false);
      }),
    );
  });

  it('finds no address in ordinary words, abbreviations and numbers', () => {
    for (const word of ['e.g.', 'p.m.', 'U.S.', '3.5', 'No.', '6(a)항은', 'Free-Palestine!', 'end.Next', '연대.우리는', 'and/or']) expect(runPieces(word)).toEqual([word]);
  });

  it('gives back every text exactly when its pieces are joined', () => {
    fc.assert(fc.property(fc.string(), (text) => runPieces(text).join('') === text && addressPieces(text).join('') === text));
    fc.assert(fc.property(fc.webUrl(), (url) => runPieces(url).join('') === url));
  });
});

describe('linePieces: a slide’s text as the show breaks it into lines', () => {
  it('joins the pieces of an address with no space, and separates words with one', () => {
    expect(linePieces('Follow us at https://example.org/solidarity')).toEqual({
      pieces: ['Follow', 'us', 'at https://', 'example', '.org/', 'solidarity'],
      joined: [false, false, false, true, true, true],
    });
  });

  it('lets an address wrap over lines a word at a time, where one run would not fit any line', () => {
    const { pieces, joined } = linePieces('See https://example.org/solidarity-now');
    const widths = pieces.map((piece) => piece.length);
    // 38 characters as one run: wider than a line of 20, it could only break inside a word.
    expect(Math.max(...widths)).toBeLessThanOrEqual(12);
    expect(wrappedLineCount(widths, 1, 20, joined)).toBe(2);
    expect(wrappedLineCount(widths, 1, 12, joined)).toBe(4);
  });
});
