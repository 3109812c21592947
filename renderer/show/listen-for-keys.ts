import { actionForKey, isSwallowedKey } from '../../common/input/keymap';
import type { ShowConnection } from '../connection/show-connection';

/** What a key does in this view only; a view that leaves one out gives its key no meaning. */
export interface ViewKeys {
  /** `?`: the key help (the presenter view's; the audience screen shows only the show). */
  readonly toggleHelp?: () => void;
}

/**
 * Sends presenter keys and clicker buttons, as `common/input/keymap.ts` maps them, to the
 * show through `connection`. Without React, so a page can take keys from its first slide
 * on, before the views have loaded. `viewKeys` is read at key time, so a view may change
 * its handlers without listening again. Returns the function that stops listening.
 */
export function listenForKeys(connection: ShowConnection, viewKeys: () => ViewKeys = () => ({})): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target instanceof HTMLElement ? event.target : undefined;
    // Keys typed into a control (a presenter's button) keep their own meaning.
    if (target?.closest('input, select, textarea')) return;
    // An open overview or key help keeps its keys (Esc closes it, Tab moves in it): none of them moves the show.
    if (target?.closest('dialog')) return;
    // Space and Enter on a focused button (or a fold's summary) press it; they must not also move the show.
    if (target?.closest('button, summary') && (event.key === ' ' || event.key === 'Enter')) return;
    if (isSwallowedKey(event)) event.preventDefault();
    const action = actionForKey(event);
    if (action === undefined) return;
    if (action.type === 'toggleFullscreen') connection.toggleFullscreen();
    else if (action.type === 'openPresenter') connection.openPresenter();
    else if (action.type === 'toggleHelp') viewKeys().toggleHelp?.();
    else if (action.type === 'announceNumber') {
      // The list is a controller's (STYLE §9): a screen that only watches has none, and the key does nothing there.
      const written = connection.getSnapshot()?.announcements?.[action.index];
      if (written !== undefined) connection.send({ type: 'announce', id: written.id });
    } else connection.send(action);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
