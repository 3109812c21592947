import { useSyncExternalStore } from 'react';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';

/** The latest snapshot of the show, re-rendering on every change. */
export function useShowSnapshot(connection: ShowConnection): ShowSnapshot | undefined {
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot);
}
