/** Where a page's show lives, from what the page can see of its surroundings. */
export type ConnectionKind = 'electron' | 'missing-preload' | 'server' | 'tab';

/**
 * Inside the app (`app:` pages) the show is always main's: with no `window.yeondae` the
 * preload failed, which the window must say plainly, never cover up by running a second
 * show of its own. Elsewhere, a page the show server marked connects to it, and any
 * other page (a static server, a file) shares the show between this browser's tabs.
 */
export function connectionKind(page: { readonly hasHostApi: boolean; readonly protocol: string; readonly servedByShowServer: boolean }): ConnectionKind {
  if (page.hasHostApi) return 'electron';
  if (page.protocol === 'app:') return 'missing-preload';
  return page.servedByShowServer ? 'server' : 'tab';
}
