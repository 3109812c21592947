import { readFileSync } from 'node:fs';

/** A text file as read from disk: its text, or why there is none. */
export type TextFile =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  /** There, but not text we can show: `line` is where the trouble starts, when there is one. */
  | { readonly kind: 'unreadable'; readonly line?: number; readonly message: string };

/**
 * Reads a file that people edit (a statement, a settings file) as UTF-8. A missing file
 * is `missing`; one that cannot be read, or is not UTF-8, is `unreadable` with a reason.
 * Node's own decoding would turn bad bytes into `�` and show them on the slides.
 */
export function readTextFile(path: string): TextFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', message: `cannot read this file (${code ?? String(error)})` };
  }
  return decodeUtf8(bytes);
}

/** Decodes UTF-8, refusing bytes that are not, with the line where they start; a byte order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array): TextFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { kind: 'unreadable', line: 1, message: 'this file is UTF-16 text; save it as UTF-8' };
  }
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = validPrefixLength(bytes);
    return {
      kind: 'unreadable',
      line: lineAt(bytes, Math.min(bad, bytes.length - 1)),
      message: 'this file is not UTF-8 text: this line has bytes that are not UTF-8 (was it saved as EUC-KR, Latin-1 or UTF-16?); save it as UTF-8',
    };
  }
}

/**
 * The length of the longest prefix of `bytes` that is UTF-8, allowing a character cut
 * short at its end, so the byte at that index is the one that breaks it. Found by halving,
 * since a prefix of a good prefix is good: the decoder does the judging, not a copy of its
 * rules. When every prefix is good, the file ends inside a character.
 */
function validPrefixLength(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return good;
}

/** The 1-based line of the byte at `index`. Only whole characters come before it, so counting newline bytes counts lines. */
function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let position = 0; position < index; position += 1) if (bytes[position] === 0x0a) line += 1;
  return line;
}
