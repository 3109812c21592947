import { useEffect } from 'react';
import type { ShowConnection } from '../connection/show-connection';
import { listenForKeys } from './listen-for-keys';

/** Presenter keys and clicker buttons, while the view is mounted (see `listenForKeys`). */
export function useKeyboard(connection: ShowConnection): void {
  useEffect(() => listenForKeys(connection), [connection]);
}
