import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deck } from '../../common/deck/deck';
import { SLIDE_FONT } from '../../common/layout/slide-font';
import { preloadedFont } from './built-index';
import { firstSlideText, type BareType } from './largest-paint';

/**
 * Writes the least a page can do to show the first slide as Yeondae does, and returns its
 * folder: a module script of one line writes the bare page's paragraph (at the first
 * slide's fitted size and weight) into the page, set in the deck's own font, which the page
 * preloads as Yeondae's does and declares in a style sheet of one rule. No app, no saved
 * place, no fit. Its largest contentful paint against the bare page's is what a script and
 * a web font cost on this machine before any work of the app's own.
 */
export function writeScriptedFirstSlidePage(rendererFolder: string, deck: Deck, type: BareType): string {
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-scripted-'));
  copyFileSync(join(rendererFolder, preloadedFont(rendererFolder)), join(folder, 'deck.woff2'));
  const { lang, text } = firstSlideText(deck);
  writeFileSync(
    join(folder, 'style.css'),
    `@font-face { font-family: '${SLIDE_FONT.deckFamily}'; src: url('./deck.woff2') format('woff2'); font-weight: ${SLIDE_FONT.weight}; font-display: block; }\np { font-family: '${SLIDE_FONT.deckFamily}', sans-serif; font-size: ${type.sizePx}px; font-weight: ${type.weight}; margin: ${type.marginPx}px; }\n`,
  );
  writeFileSync(join(folder, 'first-slide.js'), `const p = document.createElement('p'); p.textContent = ${JSON.stringify(text)}; document.body.append(p);\n`);
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>First slide</title><script type="module" src="./first-slide.js"></script><link rel="stylesheet" href="./style.css"><link rel="preload" href="./deck.woff2" as="font" type="font/woff2" crossorigin></head><body></body></html>`,
  );
  return folder;
}
