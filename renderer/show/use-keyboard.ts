import { useEffect } from 'react';
import { actionForKey, isSwallowedKey } from '../../common/input/keymap';
import type { ShowConnection } from '../connection/show-connection';

/** Presenter keys and clicker buttons, as `common/input/keymap.ts` maps them. */
export function useKeyboard(connection: ShowConnection): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (isSwallowedKey(event)) event.preventDefault();
      const action = actionForKey(event);
      if (action === undefined) return;
      if (action.type === 'toggleFullscreen') connection.toggleFullscreen();
      else connection.send(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [connection]);
}
