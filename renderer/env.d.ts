/// <reference types="vite/client" />

interface Window {
  /** Present only inside the Electron host, given by its preload. */
  readonly yeondae?: import('../common/ipc/contract').YeondaeApi;
}

/** The content folder, compiled into the bundle by `node/deck-module-plugin.ts`. */
declare module 'virtual:yeondae-content' {
  const content: {
    readonly deck: import('../common/deck/deck').Deck;
    readonly settings: import('../common/settings/settings').Settings;
  };
  export default content;
}

/** The built-in deck's font, cut down at build time by `node/deck-font-plugin.ts`. */
declare module 'virtual:yeondae-deck-font' {
  const font: {
    /** The font file, relative to index.html. */
    readonly file: string;
    /** Every character it has: those of the built-in deck. */
    readonly characters: string;
    /** The same characters as a CSS unicode-range. */
    readonly unicodeRange: string;
  };
  export default font;
}

/**
 * The encoder of `qrcode` alone, without its canvas and file renderers: the package's
 * own types pull in Node's, which the renderer does not get. Only what the show uses.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export function create(
    text: string,
    options: { readonly errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' },
  ): { readonly modules: { readonly size: number; readonly data: Uint8Array } };
}
