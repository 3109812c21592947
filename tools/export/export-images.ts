import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';
import { loopTurns } from '../../common/show/loop-turns';
import type { ImagesRequest } from './export-args';
import { openExportBrowser } from './export-browser';
import { imageName } from './export-text';
import { openShowPictures } from './show-pictures';

/** What a finished images export is: the files' names, in order, and their bytes in all. */
export interface ImagesResult {
  readonly names: readonly string[];
  readonly bytes: number;
}

/**
 * Writes one PNG per frame of the loop into `folder` (per slide when stacked, per slide
 * and language in sequence), numbered in order: the still the show puts on a screen of
 * the request's size, drawn by the show itself in Chromium. Reports each image.
 */
export async function exportImages(request: ImagesRequest, content: { readonly deck: Deck; readonly settings: Settings }, folder: string, progress: (done: number, total: number) => void): Promise<ImagesResult> {
  const turns = loopTurns(content.deck, content.settings);
  const [firstTurn] = turns;
  if (firstTurn === undefined) throw new Error('the content has no slide to show');
  const session = await openExportBrowser();
  try {
    const pictures = await openShowPictures(session.browser, session.showUrl, content, request.size, firstTurn, { compact: true });
    const names: string[] = [];
    let bytes = 0;
    for (const [index, turn] of turns.entries()) {
      if (index > 0) await pictures.show(turn);
      const png = Buffer.from(await pictures.still(), 'base64');
      const name = imageName(index, turns.length);
      writeFileSync(join(folder, name), png);
      names.push(name);
      bytes += png.length;
      progress(index + 1, turns.length);
    }
    return { names, bytes };
  } finally {
    await session.close();
  }
}
