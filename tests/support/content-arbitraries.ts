// What the fuzz test of content loading throws at it (tests/node/content-fuzz.test.ts):
// YAML a careless or hostile editor could write, keys named like object machinery,
// bytes that are not text, and Unicode that passes for text and is not.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';

/** Characters that have broken text handling somewhere: invisible, direction-changing, combining, half of a pair, control. */
const TRICKY_CHARACTERS = [
  ...['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u180E'], // zero-width
  ...['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C'], // bidi
  ...['\u0301', '\u0308', '\u0327', '\u20DD', '\u3099', '\u1160'], // combining, and a Hangul filler
  ...['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFD', '\uFFFE', '\uFFFF'], // lone surrogates, replacement, non-characters
  ...['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\t', '\n', '\r', ' ', '\u00A0', '\u3000'], // controls, breaks, spaces
  ...['가', '팔', '한', 'A', 'W', 'm', '.', ',', '—', '“', '😀', '✊🏽', '\u{20000}', 'ﷺ'], // text
];

/** A short text mixing the tricky characters with any code point at all, surrogate halves included. */
export const trickyText = fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY_CHARACTERS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });

/** Now and then a long one: a run without spaces, or a wall of words, by repeating a short one. */
export const segmentText = fc.oneof(
  { arbitrary: trickyText, weight: 4 },
  { arbitrary: fc.tuple(trickyText, fc.integer({ min: 2, max: 300 })).map(([text, times]) => text.repeat(times)), weight: 1 },
);

/** Keys a settings file or a statement could have: the real ones, every name `Object.prototype` answers to, and any text. */
export const anyKey = fc.oneof(
  fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), 'segments', 'id', 'kind', 'en', 'ko', 'signatory', 'organizations', 'name', 'link'),
  fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)),
  trickyText,
);

/** Any value YAML can hold, nested a little, under any keys. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.boolean(), fc.double(), fc.integer(), fc.constant(null), trickyText, fc.constantFrom('sequence', 'stacked', 'en', 'ko', 'Ctrl+Shift+Q', 'statement', 'organizations')),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(anyKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A statement that is nearly right: segments with some of their keys, in any shape. */
const nearlySegment = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/u), anyValue),
    kind: fc.oneof(fc.constantFrom('statement', 'signature', 'organizations', 'closing'), anyValue),
    en: fc.oneof({ arbitrary: segmentText, weight: 3 }, { arbitrary: anyValue, weight: 1 }),
    ko: fc.oneof({ arbitrary: segmentText, weight: 3 }, { arbitrary: anyValue, weight: 1 }),
    signatory: segmentText,
    organizations: fc.array(fc.record({ name: segmentText, link: segmentText }, { requiredKeys: ['name'] }), { maxLength: 3 }),
  },
  { requiredKeys: ['id'] },
);
export const nearlyStatement = fc.oneof(
  { arbitrary: fc.record({ segments: fc.array(nearlySegment, { minLength: 1, maxLength: 4 }) }), weight: 3 },
  { arbitrary: fc.dictionary(anyKey, anyValue, { maxKeys: 4 }), weight: 1 },
);

/** YAML syntax to splice into a document: anchors, aliases, tags, markers, brackets, quotes, tabs. */
const YAML_PIECES = ['&a ', '*a', '*b', '&b [*a, *a, *a]', '!foo ', '!!binary ', '!!str ', '---\n', '...\n', '%YAML 1.1\n', '[', ']', '{', '}', ': ', '- ', '? ', '"', "'", '\t', '\n', '#', '|', '>-', '<<: *a', ' \\u', '\uFEFF'];

/** A YAML document made from a value, then damaged in a few places. */
export const damagedYaml = (value: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc.tuple(value, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...YAML_PIECES)), { maxLength: 4 })).map(([parsed, edits]) => {
    let text = stringify(parsed);
    for (const [at, piece] of edits) {
      const position = at % (text.length + 1);
      text = `${text.slice(0, position)}${piece}${text.slice(position)}`;
    }
    return text;
  });

/** Anchors on one line each, every one aliasing those above (or ones not set yet): a billion laughs, up to 12 levels of 12. */
export const aliasWeb = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([levels, width, forward]) =>
  Array.from({ length: levels }, (_, level) => {
    const target = forward && level === 0 ? 'later' : `l${Math.max(0, level - 1)}`;
    const items = level === 0 && !forward ? Array.from({ length: width }, () => 'lol') : Array.from({ length: width }, () => `*${target}`);
    return `l${level}: &l${level} [${items.join(', ')}]`;
  }).join('\n'),
);

/** Collections nested deeper than anyone means to (and than the YAML library's stack allows: about 1,000), in flow style or in blocks. */
export const deepNesting = fc.oneof(
  fc.integer({ min: 1, max: 5_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 2_000 }).map((depth) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.integer({ min: 1, max: 200 }).map((depth) => Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}- `).join('\n')),
);

/** Bytes: any at all, or a statement's UTF-8 with a few bytes changed. */
export const contentBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(damagedYaml(nearlyStatement), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 })).map(([text, flips]) => {
    const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
    for (const [at, byte] of flips) if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return bytes;
  }),
);
