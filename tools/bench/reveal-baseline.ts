import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Deck } from '../../common/deck/deck';
import { buildFrames } from '../../common/show/frames';

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * Writes a reveal.js presentation of the same statement, frame for frame as Yeondae shows
 * it in sequence mode, with reveal.js's defaults and its black theme, into a temporary
 * folder; returns the folder. It is the baseline the benchmark measures Yeondae against
 * in the same run, on the same machine.
 */
export function writeRevealBaseline(deck: Deck): string {
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-reveal-'));
  // The package's main entry (require) is dist/reveal.js; its CSS and themes sit beside it.
  const distFolder = dirname(createRequire(import.meta.url).resolve('reveal.js'));
  const reveal = (file: string): string => join(distFolder, file);
  mkdirSync(join(folder, 'theme'));
  copyFileSync(reveal('reveal.js'), join(folder, 'reveal.js'));
  copyFileSync(reveal('reveal.css'), join(folder, 'reveal.css'));
  copyFileSync(reveal('theme/black.css'), join(folder, 'theme/black.css'));
  const sections = buildFrames(deck, deck.languages)
    .map((frame) => {
      const slide = deck.slides[frame.slideIndex];
      const lang = frame.langs[0];
      return slide && lang ? `<section lang="${lang}"><p>${escapeHtml(slide.text[lang] ?? '')}</p></section>` : '';
    })
    .join('\n');
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="reveal.css"><link rel="stylesheet" href="theme/black.css"></head>
<body><div class="reveal"><div class="slides">${sections}</div></div>
<script src="reveal.js"></script><script>Reveal.initialize({ hash: false }).then(() => { document.body.dataset.ready = 'true'; });</script></body></html>`,
  );
  return folder;
}
