import { useState } from 'react';
import { nextDueChange } from '../../common/show/loop-timing';
import type { Frame } from '../../common/show/frames';
import type { ShowSnapshot } from '../../common/show/show-store';
import { formatDuration, useNow } from '../show/use-now';

const LOOP_LABELS = { off: 'Loop off', running: 'Looping', paused: 'Loop paused' } as const;

/** The line of facts a presenter glances at: where the show is, the time, and what happens next by itself. */
export function PresenterStatus({ snapshot, frames, showClock }: { readonly snapshot: ShowSnapshot; readonly frames: readonly Frame[]; readonly showClock: () => number }) {
  const now = useNow();
  const showNow = useNow(showClock);
  const [startedAt, setStartedAt] = useState(now);
  const { state, settings } = snapshot;
  const due = nextDueChange(snapshot, snapshot.deck, frames);
  const countdown =
    due === undefined ? '' : due.kind === 'resume' ? `resumes in ${formatDuration(due.at - showNow)}` : `next in ${formatDuration(due.at - showNow)}`;
  return (
    <header className="presenter-status">
      <span className="presenter-position" data-testid="position">
        {state.frame + 1} / {frames.length}
      </span>
      <span data-testid="clock">{new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}</span>
      <span>
        elapsed <span data-testid="elapsed">{formatDuration(now - startedAt)}</span>{' '}
        <button type="button" className="presenter-small-button" onClick={() => setStartedAt(Date.now())}>
          reset
        </button>
      </span>
      <span data-testid="loop-state" data-loop={state.loop}>
        {LOOP_LABELS[state.loop]}
        {countdown !== '' && <span data-testid="countdown"> · {countdown}</span>}
      </span>
      <span data-testid="mode">mode: {settings.mode}</span>
      <span data-testid="blank-state" data-blank={state.blank}>
        {state.blank ? 'Screen is BLACK' : 'Screen on'}
      </span>
    </header>
  );
}
