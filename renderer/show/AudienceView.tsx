import { charactersOfSlide } from '../../common/deck/deck-characters';
import { dwellMs } from '../../common/show/loop-timing';
import type { ShowConnection } from '../connection/show-connection';
import { useMeasureAhead } from '../fit/use-measure-ahead';
import { useShowFonts } from '../fonts/use-show-fonts';
import { ProgressLine } from './ProgressLine';
import { ReadAlongBadge } from './read-along/ReadAlongBadge';
import { badgeAddress, ReadAlongAddress } from './read-along/read-along-address';
import { SlideAnnouncer } from './SlideAnnouncer';
import { SlideView } from './SlideView';
import { AnnouncementAlert } from './overlay/AnnouncementAlert';
import { AnnouncementOverlay } from './overlay/AnnouncementOverlay';
import { CROSSFADE_MS, SLIDE_SETTLES_AFTER_MS, SLIDE_SHOWN_AT_LEAST_MS } from '../../common/show/crossfade';
import { useKeyboard } from './use-keyboard';
import { useNetwork } from './use-network';
import { useReducedMotion } from './use-reduced-motion';
import { usePacedShowSnapshot } from './use-show';
import { shownFrameAt } from './shown-frame';
import { useSlideChange } from './use-slide-change';
import { useFrames } from './use-shown-frame';

/** What the audience sees: the current slide, fullscreen, or black. Never a control or a cursor. */
export function AudienceView({ connection }: { readonly connection: ShowConnection }) {
  useKeyboard(connection);
  const snapshot = usePacedShowSnapshot(connection, SLIDE_SHOWN_AT_LEAST_MS);
  const { link, info } = useNetwork(connection);
  const frames = useFrames(snapshot);
  const state = snapshot?.state;
  const shown = snapshot && state ? shownFrameAt(snapshot, frames, state.frame, state.langTurn) : undefined;
  // The first slide waits for its own glyphs only; the rest of the deck's load behind it.
  const fontsReady = useShowFonts(snapshot?.deck, shown && charactersOfSlide(shown.slide, shown.langs));
  const current = fontsReady ? shown : undefined;
  useMeasureAhead(snapshot?.deck, current !== undefined);
  const { leaving, settled } = useSlideChange(current, { crossfadeMs: useReducedMotion() ? 0 : CROSSFADE_MS, settleMs: SLIDE_SETTLES_AFTER_MS });
  const frame = state === undefined ? undefined : frames[state.frame];
  const badge = badgeAddress(snapshot?.settings.readAlongBadge, info?.readAlongUrl, current?.slide.kind);
  const announcement = state?.announcement;
  const showProgress = snapshot !== undefined && frame !== undefined && snapshot.settings.progressLine && state?.loop === 'running' && !state.blank && announcement === undefined;
  const order = snapshot?.settings.languages ?? [];
  return (
    <main
      className="show"
      data-blank={state?.blank ?? false}
      data-frame={state?.frame}
      data-loop={state?.loop}
      data-mode={snapshot?.settings.mode}
      data-ready={current !== undefined}
      data-announced={announcement !== undefined}
      data-read-along-badge={badge === undefined ? undefined : 'corner'}
    >
      <ReadAlongAddress.Provider value={info?.readAlongUrl}>
      {/* One keyed list, so the slide that starts leaving keeps its element and its fitted size.
          A slide that comes on screen over no other (the first, as the show starts) is there at once. */}
      {[leaving, current].map((shown) =>
        shown === undefined ? null : (
          <SlideView
            key={shown.key}
            slide={shown.slide}
            langs={shown.langs}
            phase={shown === current ? 'current' : 'leaving'}
            blacked={(state?.blank ?? false) || announcement !== undefined}
            entrance={leaving === undefined ? 'at-once' : 'fade'}
          />
        ),
      )}
      </ReadAlongAddress.Provider>
      {announcement !== undefined && fontsReady && <AnnouncementOverlay key={announcement.startedAt} announcement={announcement} now={connection.now} order={order} />}
      {badge !== undefined && announcement === undefined && <ReadAlongBadge address={badge} />}
      <SlideAnnouncer shown={current === undefined || state === undefined || state.blank || announcement !== undefined ? undefined : { ...current, frame: state.frame }} settled={settled} />
      <AnnouncementAlert announcement={state?.blank === true ? undefined : announcement} now={connection.now} order={order} />
      {showProgress && <ProgressLine shownAt={snapshot.state.shownAt} dwellMs={dwellMs(snapshot, snapshot.deck, frame)} now={connection.now()} />}
      <div className="blackout" aria-hidden="true" />
      {/* Only a screen that never got the show says why: one that had it keeps showing it. */}
      {snapshot === undefined && link.kind === 'refused' && (
        <p className="show-notice" role="alert" data-testid="connection-refused">
          {link.message}
        </p>
      )}
    </main>
  );
}
