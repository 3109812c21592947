import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The path, under a built renderer's folder, of the file its `index.html` names in the
 * first tag that `tag` matches (the path is its one capture group, after `./`). Throws,
 * saying which is missing, where the page names none: a build that changed its shape.
 */
function namedByIndex(rendererFolder: string, tag: RegExp, what: string): string {
  const path = tag.exec(readFileSync(join(rendererFolder, 'index.html'), 'utf8'))?.[1];
  if (path === undefined) throw new Error(`${rendererFolder}/index.html names no ${what}`);
  return path;
}

/** The module script `index.html` starts the page with. */
export const entryScript = (rendererFolder: string): string => namedByIndex(rendererFolder, /<script type="module"[^>]* src="\.\/([^"]+)"/u, 'module script');

/** The first style sheet `index.html` links. */
export const firstStyleSheet = (rendererFolder: string): string => namedByIndex(rendererFolder, /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"/u, 'style sheet');

/** The font file `index.html` preloads: the deck's cut-down Pretendard. */
export const preloadedFont = (rendererFolder: string): string => namedByIndex(rendererFolder, /<link rel="preload" href="\.\/([^"]+\.woff2)" as="font"/u, 'preloaded font');
