/**
 * Why `text` cannot be read on a slide, as the end of a sentence ("the en text …"), or
 * `undefined` when it can. YAML's escapes (`"\u200B"`, `"\uD800"`, `"\x07"`) let a file
 * hold text that passes for non-empty and shows as nothing, or as boxes and `�`.
 */
export function unreadableText(text: string): string | undefined {
  // With the u flag, \p{Cs} matches only a surrogate that is not half of a pair.
  if (/\p{Cs}/u.test(text)) return 'has a broken character: half of a surrogate pair (an escape such as \\uD800), which shows as �';
  if (text.includes('\uFFFD')) return 'has the character �, the mark of text that was garbled before it was pasted in; type that part again';
  if (/[^\P{Cc}\t\n\r]/u.test(text)) return 'has a control character (an escape such as \\x07 or \\0), which shows as nothing or as a box';
  // Letters, digits, punctuation or symbols: what is left once spaces, zero-width and
  // direction marks and lone combining marks are set aside shows nothing at all.
  if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(text)) return 'shows nothing: it has only spaces, zero-width characters or direction marks';
  return undefined;
}
