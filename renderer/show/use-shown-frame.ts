import { useMemo } from 'react';
import type { Frame } from '../../common/show/frames';
import { createFrameCache } from '../../common/show/show-model';
import type { ShowSnapshot } from '../../common/show/show-store';

/** The frames of the snapshot's deck under its settings, rebuilt only when those change. */
export function useFrames(snapshot: ShowSnapshot | undefined): readonly Frame[] {
  const framesOf = useMemo(createFrameCache, []);
  return snapshot === undefined ? [] : framesOf(snapshot.deck, snapshot.settings);
}
