import { useEffect, useState } from 'react';
import type { ShowConnection } from '../connection/show-connection';
import { useShowFonts } from '../fonts/use-show-fonts';
import { ReadAlongAddress } from '../show/read-along/read-along-address';
import { SlideView } from '../show/SlideView';
import { useKeyboard } from '../show/use-keyboard';
import { useShowSnapshot } from '../show/use-show';
import { shownFrameAt, type ShownFrame } from '../show/shown-frame';
import { useFrames } from '../show/use-shown-frame';
import { useUiLanguage } from '../ui-language';
import type { ShownAnnouncement } from '../../common/announcements/shown-announcement';
import type { Language } from '../../common/deck/deck';
import { AnnouncementOverlay } from '../show/overlay/AnnouncementOverlay';
import { AnnouncementsPanel } from './AnnouncementsPanel';
import { KeyHelp } from './KeyHelp';
import { PresenterControls } from './PresenterControls';
import { PresenterStatus } from './PresenterStatus';
import { PresenterTools } from './PresenterTools';
import { NetworkPanel } from './NetworkPanel';
import { PRESENTER_LABELS, type PresenterLabels } from './presenter-labels';
import { SlideOverview } from './SlideOverview';
import { useNetwork } from '../show/use-network';
import { useProblems } from './use-problems';
import { EditorLink } from './EditorLink';
import { EDITOR_LINK_LABELS } from './editor-link-labels';
import { isToDo } from '../../common/content/compile-deck';

type Panel = 'overview' | 'help' | undefined;

/**
 * The presenter's view of the one show: the slide on screen, the one that comes next,
 * where the show is, the time, the loop and its countdowns, controls for all of it, an
 * overview of every slide and the key help, in English or Korean.
 */
export function PresenterView({ connection }: { readonly connection: ShowConnection }) {
  const [panel, setPanel] = useState<Panel>(undefined);
  useKeyboard(connection, { toggleHelp: () => setPanel((open) => (open === 'help' ? undefined : 'help')) });
  const snapshot = useShowSnapshot(connection);
  const fontsReady = useShowFonts(snapshot?.deck);
  const frames = useFrames(snapshot);
  const problems = useProblems(connection);
  // What is still to fill in (the organizations list) is no fault: it is a quiet "to do", apart from the problems.
  const toDo = problems.filter(isToDo);
  const faults = problems.filter((line) => !isToDo(line));
  const network = useNetwork(connection);
  const [language, setLanguage] = useUiLanguage(snapshot?.settings.uiLanguage);
  const labels = PRESENTER_LABELS[language];
  const editorLabels = EDITOR_LINK_LABELS[language];
  // On the root, so a screen reader pronounces every label (and the page's title) in the view's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  if (snapshot === undefined || !fontsReady) {
    return (
      <main className="presenter" data-ready="false">
        <NetworkPanel network={network} connection={connection} labels={labels.network} />
      </main>
    );
  }
  const { state } = snapshot;
  const current = shownFrameAt(snapshot, frames, state.frame, state.langTurn);
  const wraps = state.loop !== 'off' && state.frame === frames.length - 1;
  const next = shownFrameAt(snapshot, frames, wraps ? 0 : state.frame + 1, 0);
  return (
    <main className="presenter" data-ready="true" data-ui-language={language}>
      {/* For a screen reader's list of headings; a sighted presenter knows which window this is. */}
      <h1 className="presenter-visually-hidden">{labels.title}</h1>
      <PresenterStatus snapshot={snapshot} frames={frames} connection={connection} language={language} labels={labels} />
      <div className="presenter-previews">
        <ReadAlongAddress.Provider value={network.info?.readAlongUrl}>
          <Preview
            label={state.blank ? labels.nowBlack : labels.now}
            shown={current}
            blank={state.blank}
            testId="current-preview"
            labels={labels}
            over={state.announcement === undefined ? undefined : { announcement: state.announcement, now: connection.now, order: snapshot.settings.languages }}
          />
          <Preview label={wraps ? labels.upNextFromStart : labels.upNext} shown={next} blank={false} testId="next-preview" labels={labels} />
        </ReadAlongAddress.Provider>
      </div>
      <div className="presenter-bar">
        <PresenterControls snapshot={snapshot} connection={connection} labels={labels} />
        <PresenterTools labels={labels} language={language} openOverview={() => setPanel('overview')} openHelp={() => setPanel('help')} switchLanguage={setLanguage} />
        {network.info?.editUrl !== undefined && <EditorLink editUrl={network.info.editUrl} labels={editorLabels} />}
      </div>
      <AnnouncementsPanel snapshot={snapshot} connection={connection} language={language} />
      <NetworkPanel network={network} connection={connection} labels={labels.network} />
      {faults.length > 0 && (
        <section className="presenter-problems" data-testid="problems" aria-label={labels.problems}>
          <h2>{labels.problemsHeading}</h2>
          {/* The problems are the log's own lines, in English, as the files and flags they name are. */}
          <ul lang="en">
            {faults.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      {toDo.length > 0 && (
        <section className="presenter-todo" data-testid="to-do" aria-label={editorLabels.toDo}>
          <p>
            <strong>{editorLabels.toDo}:</strong> {editorLabels.organizationsToDo} <EditorLink editUrl={network.info?.editUrl} labels={editorLabels} text={editorLabels.addOrganizations} section="organizations" />
          </p>
        </section>
      )}
      {panel === 'overview' && <SlideOverview snapshot={snapshot} frames={frames} connection={connection} labels={labels} onClose={() => setPanel(undefined)} />}
      {panel === 'help' && <KeyHelp labels={labels} language={language} onClose={() => setPanel(undefined)} />}
    </main>
  );
}

interface PreviewProps {
  readonly label: string;
  readonly shown: ShownFrame | undefined;
  readonly blank: boolean;
  readonly testId: string;
  readonly labels: PresenterLabels;
  /** The announcement over the show, shown over the slide as the audience sees it. */
  readonly over?: { readonly announcement: ShownAnnouncement; readonly now: () => number; readonly order: readonly Language[] } | undefined;
}

function Preview({ label, shown, blank, testId, labels, over }: PreviewProps) {
  return (
    <figure className="presenter-preview" data-testid={testId} data-blank={blank}>
      <figcaption>{label}</figcaption>
      <div className="presenter-screen" data-announced={over !== undefined}>
        {shown === undefined ? <p className="presenter-end">{labels.end}</p> : <SlideView key={shown.key} slide={shown.slide} langs={shown.langs} phase="current" />}
        {over !== undefined && <AnnouncementOverlay key={over.announcement.startedAt} {...over} />}
      </div>
    </figure>
  );
}
