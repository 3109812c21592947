import type { ShowConnection } from '../connection/show-connection';
import { useShowFonts } from '../fonts/use-show-fonts';
import { SlideView } from '../show/SlideView';
import { useKeyboard } from '../show/use-keyboard';
import { useShowSnapshot } from '../show/use-show';
import { shownFrameAt, type ShownFrame } from '../show/shown-frame';
import { useFrames } from '../show/use-shown-frame';
import { PresenterControls } from './PresenterControls';
import { PresenterStatus } from './PresenterStatus';
import { NetworkPanel } from './NetworkPanel';
import { useNetwork } from '../show/use-network';
import { useProblems } from './use-problems';

/**
 * The presenter's view of the one show: the slide on screen, the one that comes next,
 * where the show is, the time, the loop and its countdown, and controls for all of it.
 */
export function PresenterView({ connection }: { readonly connection: ShowConnection }) {
  useKeyboard(connection);
  const snapshot = useShowSnapshot(connection);
  const fontsReady = useShowFonts(snapshot?.deck);
  const frames = useFrames(snapshot);
  const problems = useProblems(connection);
  const network = useNetwork(connection);
  if (snapshot === undefined || !fontsReady) {
    return (
      <main className="presenter" data-ready="false">
        <NetworkPanel network={network} connection={connection} />
      </main>
    );
  }
  const { state } = snapshot;
  const current = shownFrameAt(snapshot, frames, state.frame, state.langTurn);
  const wraps = state.loop !== 'off' && state.frame === frames.length - 1;
  const next = shownFrameAt(snapshot, frames, wraps ? 0 : state.frame + 1, 0);
  return (
    <main className="presenter" data-ready="true">
      <PresenterStatus snapshot={snapshot} frames={frames} showClock={connection.now} />
      <div className="presenter-previews">
        <Preview label={state.blank ? 'Now (audience sees black)' : 'Now'} shown={current} blank={state.blank} testId="current-preview" />
        <Preview label={wraps ? 'Next (from the start)' : 'Next'} shown={next} blank={false} testId="next-preview" />
      </div>
      <PresenterControls snapshot={snapshot} connection={connection} />
      <NetworkPanel network={network} connection={connection} />
      {problems.length > 0 && (
        <section className="presenter-problems" data-testid="problems" aria-label="Problems to fix">
          <h2>The show is running, but something needs fixing:</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

function Preview({ label, shown, blank, testId }: { readonly label: string; readonly shown: ShownFrame | undefined; readonly blank: boolean; readonly testId: string }) {
  return (
    <figure className="presenter-preview" data-testid={testId} data-blank={blank}>
      <figcaption>{label}</figcaption>
      <div className="presenter-screen">
        {shown === undefined ? <p className="presenter-end">End of the show</p> : <SlideView key={shown.key} slide={shown.slide} langs={shown.langs} phase="current" />}
      </div>
    </figure>
  );
}
