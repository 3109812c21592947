import type { UiLanguage } from '../../common/settings/presenter-settings';
import { nextDueChange } from '../../common/show/loop-timing';
import { roundRemainingMs } from '../../common/show/round-timing';
import type { Frame } from '../../common/show/frames';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';
import { formatDuration, useNow } from '../show/use-now';
import type { PresenterLabels } from './presenter-labels';

interface PresenterStatusProps {
  readonly snapshot: ShowSnapshot;
  readonly frames: readonly Frame[];
  readonly connection: ShowConnection;
  readonly language: UiLanguage;
  readonly labels: PresenterLabels;
}

/** What happens by itself next, in words: the time left on the slide and in the round, or until the loop resumes. */
function loopCountdown(snapshot: ShowSnapshot, frames: readonly Frame[], showNow: number, labels: PresenterLabels): string[] {
  const due = nextDueChange(snapshot, snapshot.deck, frames);
  // An announcement's time left is in the announcements panel, beside the button that ends it.
  if (due === undefined || due.kind === 'endAnnouncement') return [];
  if (due.kind === 'resume') return [labels.resumesIn(formatDuration(due.at - showNow))];
  const round = roundRemainingMs(snapshot, snapshot.deck, frames, showNow);
  return [labels.leftOnSlide(formatDuration(due.at - showNow)), ...(round === undefined ? [] : [labels.leftInRound(formatDuration(round))])];
}

/** The line of facts a presenter glances at: where the show is, the time, and what happens next by itself. */
export function PresenterStatus({ snapshot, frames, connection, language, labels }: PresenterStatusProps) {
  const now = useNow();
  // The show's clock: the start time and the loop's times are the show's, which may sit on another machine.
  const showNow = useNow(connection.now);
  const { state, settings } = snapshot;
  const countdown = loopCountdown(snapshot, frames, showNow, labels);
  return (
    <header className="presenter-status">
      <span className="presenter-fact">
        <span className="presenter-fact-label">{labels.position}</span>
        <span className="presenter-position" data-testid="position">
          {state.frame + 1} / {frames.length}
        </span>
      </span>
      <span className="presenter-fact">
        <span className="presenter-fact-label">{labels.clock}</span>
        <span data-testid="clock">{new Date(now).toLocaleTimeString(language === 'ko' ? 'ko-KR' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}</span>
      </span>
      <span className="presenter-fact">
        <span className="presenter-fact-label">{labels.elapsed}</span>
        <span>
          <span data-testid="elapsed" data-started-at={state.startedAt}>
            {formatDuration(showNow - state.startedAt)}
          </span>{' '}
          <button type="button" className="presenter-small-button" onClick={() => connection.send({ type: 'restartTimer' })}>
            {labels.restartTimer}
          </button>
        </span>
      </span>
      <span className="presenter-fact" data-testid="loop-state" data-loop={state.loop}>
        <span className="presenter-fact-label">{labels.loop[state.loop]}</span>
        {countdown.length > 0 && <span data-testid="countdown">{countdown.join(' · ')}</span>}
      </span>
      <span className="presenter-fact">
        <span className="presenter-fact-label">{labels.mode}</span>
        <span data-testid="mode" data-mode={settings.mode}>
          {labels.modes[settings.mode]}
        </span>
      </span>
      <span className="presenter-fact presenter-blank-state" data-testid="blank-state" data-blank={state.blank}>
        {state.blank ? labels.screenBlack : labels.screenOn}
      </span>
    </header>
  );
}
