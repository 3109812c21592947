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

/** A statement saved as Latin-1 by an editor that was not told otherwise: "café" on line 3 is one byte 0xE9, not UTF-8. */
export const LATIN1_STATEMENT = Buffer.concat([Buffer.from('segments:\n  - id: one\n    en: Caf'), Buffer.from([0xe9]), Buffer.from('.\n')]);

/** "연대" in EUC-KR, the encoding older Korean Windows editors save in, on line 1 of a settings file. */
export const EUC_KR_SETTINGS = Buffer.concat([Buffer.from('display: '), Buffer.from([0xbf, 0xac, 0xb4, 0xeb]), Buffer.from('\n')]);
