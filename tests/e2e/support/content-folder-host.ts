import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { YeondaeApi } from '../../../common/ipc/contract';
import type { ShowCommand } from '../../../common/show/commands';
import { createShowStore, type ShowSnapshot } from '../../../common/show/show-store';
import { readContentFolder } from '../../../node/read-content-folder';
import { FULL_HD, whenReady, type Viewport } from './show-page';

/**
 * Opens the built renderer as the Electron host shows a `--content` folder: main reads the
 * folder (with the reader it uses, node/read-content-folder.ts) and the page gets the deck
 * through the preload's `window.yeondae` (common/ipc/contract.ts). Here a stand-in for that
 * API hands the page the first snapshot of the folder's show, as main's would be, so a test
 * can show text the build never saw without building the renderer again. The stand-in holds
 * still: commands are accepted and change nothing, as if main were busy; `startAt` is
 * applied before, to open the show on a given slide; `beforeLoad` runs on the page before it
 * loads (to record its first paint, say).
 */
export async function openShowOfFolder(browser: Browser, folder: string, viewport: Viewport = FULL_HD, startAt?: ShowCommand, beforeLoad?: (page: Page) => Promise<unknown>): Promise<Page> {
  const content = readContentFolder(folder);
  if (!content.ok) throw new Error(`the content folder ${folder} does not load: ${JSON.stringify(content.problems)}`);
  const store = createShowStore(content.deck, content.settings);
  if (startAt !== undefined) store.dispatch(startAt);
  const snapshot = store.getSnapshot();
  store.dispose();
  const page = await browser.newPage({ viewport });
  await page.addInitScript((first: ShowSnapshot) => {
    const api: YeondaeApi = {
      show: { send: () => undefined, getSnapshot: async () => first, onSnapshot: () => () => undefined },
      window: { toggleFullscreen: () => undefined, openPresenter: () => undefined },
      host: { getProblems: async () => [], onProblems: () => () => undefined },
      network: { get: async () => null, onChange: () => () => undefined, replaceToken: () => undefined, chooseAddress: () => undefined },
    };
    Object.defineProperty(window, 'yeondae', { value: api });
  }, snapshot);
  await beforeLoad?.(page);
  await page.goto(inject('showUrl'));
  await whenReady(page);
  return page;
}
