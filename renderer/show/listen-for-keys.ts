import { actionForKey, isSwallowedKey } from '../../common/input/keymap';
import type { ShowConnection } from '../connection/show-connection';

/**
 * Sends presenter keys and clicker buttons, as `common/input/keymap.ts` maps them, to the
 * show through `connection`. Without React, so a page can take keys from its first slide
 * on, before the views have loaded. Returns the function that stops listening.
 */
export function listenForKeys(connection: ShowConnection): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    // Keys typed into a control (a presenter's button) keep their own meaning.
    if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea')) return;
    // Space and Enter on a focused button press that button; they must not also move the show.
    if (event.target instanceof HTMLElement && event.target.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
    if (isSwallowedKey(event)) event.preventDefault();
    const action = actionForKey(event);
    if (action === undefined) return;
    if (action.type === 'toggleFullscreen') connection.toggleFullscreen();
    else if (action.type === 'openPresenter') connection.openPresenter();
    else connection.send(action);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
