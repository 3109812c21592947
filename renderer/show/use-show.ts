import { useMemo, useSyncExternalStore } from 'react';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';
import { pacedSnapshots } from './paced-snapshots';

/** The latest snapshot of the show, re-rendering on every change. */
export function useShowSnapshot(connection: ShowConnection): ShowSnapshot | undefined {
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot);
}

/** The show's snapshots as a screen shows them: moves at least `gapMs` apart (paced-snapshots.ts), anything else at once. */
export function usePacedShowSnapshot(connection: ShowConnection, gapMs: number): ShowSnapshot | undefined {
  const paced = useMemo(() => pacedSnapshots(connection, gapMs), [connection, gapMs]);
  return useSyncExternalStore(paced.subscribe, paced.getSnapshot);
}
