import { useEffect, useState } from 'react';
import type { ShowState } from '../../common/show/show-state';

/** How long a tapped button shows that it is waiting, at most, if the show does not answer. */
const WAIT_AT_MOST_MS = 2000;

/**
 * Which button was tapped and waits for the show to answer: it shows so at once (the
 * position itself changes only when the server confirms), until the next state arrives.
 */
export function useTapFeedback(state: ShowState | undefined): { readonly waiting: string | undefined; tapped(name: string): void } {
  const [waiting, setWaiting] = useState<string | undefined>();
  useEffect(() => setWaiting(undefined), [state]);
  useEffect(() => {
    if (waiting === undefined) return undefined;
    const timer = setTimeout(() => setWaiting(undefined), WAIT_AT_MOST_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  return { waiting, tapped: setWaiting };
}
