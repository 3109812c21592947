/** Characters that would break a message's one line, reorder it, or hide in it: breaks, controls, format and direction marks, surrogate halves. */
const UNSHOWABLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;
const NAMED_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

/**
 * Text from a file (a key, an id, a value), quoted for a message: in double quotes, with
 * what cannot be shown on one line written as an escape (`\n`, `\u200B`), so a message
 * stays one line, reads in order and shows what is really in the file; past `max`
 * characters it is cut short with `…`, so a 5 MB value is not quoted back whole.
 */
export function quote(text: string, max = 40): string {
  return `"${oneLine(text, max)}"`;
}

/**
 * Any value from a file, named for a message. Never `String(value)`: a YAML mapping such
 * as `{toString: 1}` makes that throw.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return `${value}`;
  return Array.isArray(value) ? 'a list' : 'a mapping';
}

/**
 * Text from elsewhere (a YAML library message, which quotes the file) as one line of at
 * most `max` characters once escaped as `quote` escapes, cut short with `…`.
 */
export function oneLine(text: string, max = 200): string {
  let shown = '';
  for (const character of text) {
    const piece = UNSHOWABLE.test(character) ? (NAMED_ESCAPES.get(character) ?? `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`) : character;
    if (shown.length + piece.length > max) return `${shown}…`;
    shown += piece;
  }
  return shown;
}
