import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Deck } from '../common/deck/deck';

/** The statement as read-along pages load it from `DECK_PATH`: made once per deck, however many phones ask. */
export interface DeckDocument {
  /** Names this version of the deck: the ETag's value (unquoted), and what `reading` messages carry. */
  readonly version: string;
  /** `"version"`, as the ETag header carries it. */
  readonly etag: string;
  readonly json: Buffer;
  /** The same, gzipped, for the many browsers that accept it (a phone on a crowded hotspot gets a quarter of the bytes). */
  readonly gzip: Buffer;
}

/**
 * The deck's document, remade only when the deck changes (a live edit), and kept for the
 * deck on screen: a thousand phones reloading cost one JSON text, one hash and one gzip.
 * The version is a hash of the text, so it is the same after a restart for the same
 * statement, and a phone that loaded it before the restart revalidates it for nothing.
 */
export function createDeckDocuments(): (deck: Deck) => DeckDocument {
  let made: { readonly deck: Deck; readonly document: DeckDocument } | undefined;
  return (deck) => {
    if (made?.deck === deck) return made.document;
    const json = Buffer.from(JSON.stringify(deck));
    const version = createHash('sha256').update(json).digest('base64url').slice(0, 22);
    made = { deck, document: { version, etag: `"${version}"`, json, gzip: gzipSync(json) } };
    return made.document;
  };
}
