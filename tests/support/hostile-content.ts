// Content files as a careless or hostile editor might leave them (issue 14), shared by
// the tests of each layer that must survive them: the loader, the deck tool, the build
// and the host.

/** A "billion laughs": nine levels of nine aliases, a few hundred bytes that would expand to 9⁹ values. */
export const ALIAS_BOMB = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...'bcdefghi'.split('').map((name, index) => {
    const previous = 'abcdefghi'[index] ?? 'a';
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`;
  }),
  '',
].join('\n');

/** A statement with one good segment: what the hostile parts are added to or swapped into. */
export const ONE_SEGMENT = 'segments:\n  - id: one\n    en: One.\n    ko: 하나.\n';
