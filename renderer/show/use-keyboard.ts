import { useEffect, useRef } from 'react';
import type { ShowConnection } from '../connection/show-connection';
import { listenForKeys, type ViewKeys } from './listen-for-keys';

export type { ViewKeys } from './listen-for-keys';

/** Presenter keys and clicker buttons, while the view is mounted (see `listenForKeys`). */
export function useKeyboard(connection: ShowConnection, viewKeys: ViewKeys = {}): void {
  // Read at key time, so a view may pass new handlers on every render without listening again.
  const viewKeysRef = useRef(viewKeys);
  viewKeysRef.current = viewKeys;
  useEffect(() => listenForKeys(connection, () => viewKeysRef.current), [connection]);
}
