import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { charactersOf } from '../common/deck/deck-characters';
import { readContentFolder } from './read-content-folder';
import { subsetDeckFont } from './subset-deck-font';
import { unicodeRangeOf } from './unicode-range';

/** The module the renderer learns the built-in deck's font from. */
export const DECK_FONT_MODULE_ID = 'virtual:yeondae-deck-font';
const RESOLVED_ID = `\0${DECK_FONT_MODULE_ID}`;

/** The built-in deck's font: where it is served (relative to index.html), the characters it has, and its bytes. */
interface DeckFont {
  readonly file: string;
  readonly characters: string;
  readonly bytes: Uint8Array;
}

/**
 * Cuts Pretendard down to exactly the characters of the content folder's deck, at build
 * time, so the first slide needs one small font file instead of many unicode-range
 * slices. Emits it under a name that changes with its bytes, preloads it from index.html,
 * and tells the renderer its address, its characters and their unicode-range as
 * `virtual:yeondae-deck-font`.
 * The dev server serves it at the same address.
 */
export function deckFontPlugin(contentFolder: string): Plugin {
  const folder = resolve(contentFolder);
  let building = false;
  let font: DeckFont | undefined;
  const built = (): DeckFont => {
    if (font === undefined) throw new Error('the deck font is made at the start of the build');
    return font;
  };
  return {
    name: 'yeondae-deck-font',
    configResolved(config) {
      building = config.command === 'build';
    },
    async buildStart() {
      const content = readContentFolder(folder);
      // A folder that does not load fails the build in the content module, with its problems.
      const characters = content.ok ? charactersOf(content.deck) : '';
      const bytes = await subsetDeckFont(characters);
      const file = `assets/pretendard-deck-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.woff2`;
      font = { file, characters, bytes };
      if (building) this.emitFile({ type: 'asset', fileName: file, source: bytes });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (font === undefined || request.url !== `/${font.file}`) return next();
        response.setHeader('content-type', 'font/woff2');
        response.end(font.bytes);
      });
    },
    resolveId: (id) => (id === DECK_FONT_MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { file, characters } = built();
      return `export default ${JSON.stringify({ file, characters, unicodeRange: unicodeRangeOf(characters) })};`;
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preload', href: `./${built().file}`, as: 'font', type: 'font/woff2', crossorigin: true }, injectTo: 'head' },
    ],
  };
}
