/**
 * Where a line may break inside a web address, an e-mail address or a handle: an address
 * has no spaces, so without these it is one unbreakable run, often wider than a line.
 * The rule is the usual one of style guides (The Chicago Manual of Style, 7.42): break
 * after a slash (after `//` as a whole), or before a full stop or the address's other
 * punctuation (`-` `_` `~` `?` `#` `&` `=` `@` `%`), so that the line that ends does not
 * look like the end of the address, nor the next one like a new word. Never at the
 * address's first or last character, never between two marks, and never between two
 * letters: a Korean word, in an address or attached to it (`https://example.org/faq를`),
 * stays whole.
 *
 * The audience screen (renderer/show/WholeWords.tsx puts a `<wbr>` at each point), the fit
 * (renderer/fit/slide-text-plan.ts measures the pieces between them) and the content's
 * legibility check (legibility.ts counts the longest piece) all take the points from here.
 */

/** Marks a line may break before, inside an address. */
const BREAK_BEFORE = new Set(['.', '-', '_', '~', '?', '#', '&', '=', '@', '%']);
const SLASH = '/';
const MARK = /[\p{P}\p{S}]/u;

/** Punctuation that ends the sentence around an address rather than the address. */
const TRAILING = /[.,;:!?)\]}'"’”»…]+$/u;

/**
 * What is an address in a word (text without spaces): with a scheme (`https://…`), from
 * `www.`, an e-mail address, a handle (`@name`), or a bare domain whose last label is two
 * or more small Latin letters, with or without a path (`example.org`, `example.org/x`).
 * Hangul after a bare domain is a particle, not the address's (`creativecommons.org를`).
 */
const ADDRESS = new RegExp(
  [
    String.raw`(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[^\s<>"]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]+`,
    String.raw`(?<![\p{L}\p{N}@.\/-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[a-z]{2,24}(?![A-Za-z0-9-])(?:\/[^\s<>"]*)?`,
  ].join('|'),
  'gu',
);

/** A stretch of a text, by the offsets of its first character and the one past its last. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * What every match of ADDRESS holds (a scheme's `://`, `www.`, an `@`, or a full stop
 * before a top-level domain's small letters): most texts and words hold none of these,
 * and are told so without running ADDRESS itself, which was the slowest part of rendering
 * a slide's words.
 */
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@|\.[a-z]{2}/u;

/** The addresses in `word` (no white space in it), without the sentence's punctuation after them. */
function addressesIn(word: string): Span[] {
  if (!MAY_HOLD_ADDRESS.test(word)) return [];
  return [...word.matchAll(ADDRESS)].map((match) => {
    const text = match[0].replace(TRAILING, '');
    return { start: match.index, end: match.index + text.length };
  });
}

/**
 * The offsets inside `address` (an address as a whole, e.g. an organization's link) at
 * which a line may break, by the rule above.
 */
export function addressBreakOffsets(address: string): number[] {
  const characters = [...address];
  const offsets: number[] = [];
  let offset = characters[0]?.length ?? 0;
  for (let index = 1; index < characters.length; index += 1) {
    const before = characters[index - 1] ?? '';
    const here = characters[index] ?? '';
    const afterSlash = before === SLASH && here !== SLASH;
    const beforeMark = BREAK_BEFORE.has(here) && !MARK.test(before) && index < characters.length - 1;
    if (afterSlash || beforeMark) offsets.push(offset);
    offset += here.length;
  }
  return offsets;
}

/** `text` cut at `offsets` (ascending, inside it): the pieces, joined, are `text` exactly. */
function cutAt(text: string, offsets: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const offset of offsets) {
    pieces.push(text.slice(from, offset));
    from = offset;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** An address as a whole, cut where a line may break: `example.org/x` → `example` `.org/` `x`. */
export function addressPieces(address: string): string[] {
  return address === '' ? [] : cutAt(address, addressBreakOffsets(address));
}

/**
 * The offsets in `text` (any text: a slide's, a run of it) at which a line may break
 * inside the addresses it contains. Spaces are breaks of their own and are not counted.
 */
export function addressBreaksIn(text: string): number[] {
  if (!MAY_HOLD_ADDRESS.test(text)) return [];
  const offsets: number[] = [];
  for (const word of text.matchAll(/\S+/gu)) {
    for (const address of addressesIn(word[0])) {
      const start = word.index + address.start;
      for (const offset of addressBreakOffsets(word[0].slice(address.start, address.end))) offsets.push(start + offset);
    }
  }
  return offsets;
}

/**
 * A run a line may not break at its spaces (a word, or the last two words together; see
 * word-runs.ts) cut where it may break inside an address. The pieces, joined, are `run`
 * exactly; a run with no address is one piece.
 */
export function runPieces(run: string): string[] {
  return cutAt(run, addressBreaksIn(run));
}
