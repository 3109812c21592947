import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deck } from '../../common/deck/deck';
import { buildFrames } from '../../common/show/frames';
import { SLIDE_SETTLES_AFTER_MS, SLIDE_SHOWN_AT_LEAST_MS } from '../../common/show/crossfade';
import { firstStyleSheet } from './built-index';
import type { BareType } from './largest-paint';

/**
 * Writes a page that does nothing but the audience screen's crossfade into a temporary
 * folder and returns the folder. It takes the arrow keys as the show does and moves
 * between the English texts of the deck's first two slides, at the pace of the audience screen (a move
 * at once when the last came `SLIDE_SHOWN_AT_LEAST_MS` before, else the latest place when
 * that time is up), each move crossfaded by the built renderer's own style sheet (its
 * slide, its fading text block, its keyframes) at the first slide's fitted size, in the
 * system's sans-serif. Measured with the same quick presses as the shows, it is what the
 * crossfade alone costs on this machine: no app, no React, no fit, no saved place.
 */
export function writeCrossfadeFloorPage(rendererFolder: string, deck: Deck, type: BareType): string {
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-crossfade-floor-'));
  copyFileSync(join(rendererFolder, firstStyleSheet(rendererFolder)), join(folder, 'show.css'));
  const texts = buildFrames(deck, ['en'])
    .slice(0, 2)
    .map((frame) => deck.slides[frame.slideIndex]?.text.en ?? '');
  const script = `
const texts = ${JSON.stringify(texts).replace(/</gu, '\\u003c')};
let place = 0, shownPlace, shownAt = -Infinity, timer, current;
const show = () => {
  timer = undefined;
  if (place === shownPlace) return;
  const entrance = shownPlace === undefined ? 'at-once' : 'fade';
  shownPlace = place;
  shownAt = performance.now();
  if (current) {
    const leaving = current;
    leaving.dataset.phase = 'leaving';
    setTimeout(() => leaving.remove(), ${SLIDE_SETTLES_AFTER_MS});
  }
  const slide = document.createElement('div');
  slide.className = 'slide';
  slide.dataset.phase = 'current';
  slide.dataset.entrance = entrance;
  slide.innerHTML = '<div class="slide-safe-area"><div class="slide-fit" data-font-size="${type.sizePx}" style="font-size:${type.sizePx}px"><div class="slide-text" lang="en"><p class="slide-line"></p></div></div></div>';
  slide.querySelector('p').textContent = texts[Math.abs(place) % texts.length];
  document.querySelector('main').append(slide);
  current = slide;
};
addEventListener('keydown', (event) => {
  place += event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  const wait = shownAt + ${SLIDE_SHOWN_AT_LEAST_MS} - performance.now();
  if (wait <= 0) show();
  else timer ??= setTimeout(show, wait);
});
show();
document.body.dataset.ready = 'true';`;
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Crossfade only</title><link rel="stylesheet" href="./show.css"></head><body><main class="show"></main><script>${script}</script></body></html>`,
  );
  return folder;
}
