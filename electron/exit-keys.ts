import { matchesExitKeys, type ExitKeys, type KeyInput } from '../common/host/exit-keys';
import type { Logger } from '../node/logger';

/** The event of a `WebContents` that sees every key before the page does. */
export interface KeyedContents {
  on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: KeyInput) => void): unknown;
}

/**
 * Ends the show when `keys` are pressed in this window. Read from the window's own
 * key events rather than a global shortcut, so the combination is taken from no other
 * app and works only while the show has focus; the page never sees it.
 */
export function quitOnExitKeys(contents: KeyedContents, keys: ExitKeys, written: string, quit: () => void, log: Logger): void {
  contents.on('before-input-event', (event, input) => {
    if (!matchesExitKeys(keys, input)) return;
    event.preventDefault();
    log.info(`${written} pressed: ending the show`);
    quit();
  });
}
