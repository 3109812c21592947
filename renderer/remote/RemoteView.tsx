import type { ReactNode } from 'react';
import type { ShowCommand } from '../../common/show/commands';
import { ANNOUNCEMENT_LABELS } from '../presenter/announcement-labels';
import { AnnouncementList } from '../presenter/AnnouncementList';
import { AnnouncementStatus } from '../presenter/AnnouncementStatus';
import { nextDueChange } from '../../common/show/loop-timing';
import type { ShowConnection } from '../connection/show-connection';
import { useNetwork } from '../show/use-network';
import { formatDuration, useNow } from '../show/use-now';
import { useShowSnapshot } from '../show/use-show';
import { shownFrameAt, type ShownFrame } from '../show/shown-frame';
import { useFrames } from '../show/use-shown-frame';
import { REMOTE_LABELS, type RemoteLabels } from './remote-labels';
import { useUiLanguage } from '../ui-language';
import { useTapFeedback } from './use-tap-feedback';
import { useWakeLock } from './use-wake-lock';

/** The slide's words, small, in the languages the audience sees, each marked with its language. */
function SlideWords({ shown, fallback }: { readonly shown: ShownFrame | undefined; readonly fallback: string }) {
  if (shown === undefined) return <p className="remote-words">{fallback}</p>;
  return (
    <>
      {shown.langs.map((lang) => (
        <p key={lang} className="remote-words" lang={lang}>
          {shown.slide.text[lang]}
        </p>
      ))}
    </>
  );
}

/** What the remote says about its link to the show, when there is something to say. */
function linkBanner({ link, capability }: ReturnType<typeof useNetwork>, labels: RemoteLabels): string | undefined {
  if (capability === 'display') return labels.watchOnly;
  if (link.kind === 'offline') return labels.offline;
  if (link.kind === 'connecting') return labels.connecting;
  if (link.kind === 'refused') return labels.refused[link.reason];
  return undefined;
}

/**
 * The presenter's phone as a clicker: two large targets for next and previous, then black
 * screen, auto-loop and mode; what the audience sees now and next, the position and the
 * loop's countdown; a banner when the link is lost or the code was replaced.
 */
export function RemoteView({ connection }: { readonly connection: ShowConnection }) {
  // The phone's own language picks: the presenter's uiLanguage setting is for the laptop.
  const [language, setLanguage] = useUiLanguage();
  const labels = REMOTE_LABELS[language];
  const snapshot = useShowSnapshot(connection);
  const frames = useFrames(snapshot);
  const network = useNetwork(connection);
  const { link } = network;
  const now = useNow(connection.now);
  const wake = useWakeLock();
  const feedback = useTapFeedback(snapshot?.state);
  const banner = linkBanner(network, labels);
  const button = (name: string, command: ShowCommand, content: ReactNode, extra: Record<string, unknown> = {}) => (
    <button
      type="button"
      className={`remote-${name}`}
      data-waiting={feedback.waiting === name}
      disabled={snapshot === undefined || network.capability === 'display'}
      onClick={() => {
        feedback.tapped(name);
        connection.send(command);
      }}
      {...extra}
    >
      {content}
    </button>
  );

  const state = snapshot?.state;
  const current = snapshot && state ? shownFrameAt(snapshot, frames, state.frame, state.langTurn) : undefined;
  const wraps = state !== undefined && state.loop !== 'off' && state.frame === frames.length - 1;
  const next = snapshot && state ? shownFrameAt(snapshot, frames, wraps ? 0 : state.frame + 1, 0) : undefined;
  const due = snapshot === undefined ? undefined : nextDueChange(snapshot, snapshot.deck, frames);
  const countdown = due === undefined || due.kind === 'endAnnouncement' ? '' : (due.kind === 'resume' ? labels.resumesIn : labels.nextIn)(formatDuration(due.at - now));
  const announcementLabels = ANNOUNCEMENT_LABELS[language];

  return (
    <main className="remote" lang={language} data-ready={snapshot !== undefined} data-link={link.kind}>
      <h1 className="visually-hidden">{labels.title}</h1>
      {banner !== undefined && (
        <p className="remote-banner" role="alert" data-testid="remote-banner">
          {banner}
        </p>
      )}
      <header className="remote-status">
        <span className="remote-position" data-testid="remote-position">
          {state === undefined ? '– / –' : `${state.frame + 1} / ${frames.length}`}
        </span>
        <span data-testid="remote-loop" data-loop={state?.loop}>
          {state === undefined ? '' : labels.loop[state.loop]}
          {countdown !== '' && <span data-testid="remote-countdown"> · {countdown}</span>}
        </span>
        <button type="button" className="remote-language" onClick={() => setLanguage(language === 'en' ? 'ko' : 'en')}>
          {labels.otherLanguage}
        </button>
      </header>
      <section className="remote-slides" aria-label={labels.now}>
        <h2>{state?.blank === true ? labels.audienceSeesBlack : labels.now}</h2>
        <div data-testid="remote-now" data-blank={state?.blank ?? false}>
          <SlideWords shown={current} fallback="" />
        </div>
        <h2>{wraps ? labels.fromTheStart : labels.upNext}</h2>
        <div data-testid="remote-next">
          <SlideWords shown={next} fallback={labels.end} />
        </div>
      </section>
      <nav className="remote-controls" aria-label={labels.mode}>
        {/* The arrows are for the eye: a screen reader says only "Previous" / "이전". */}
        {button('previous', { type: 'previous' }, <><span aria-hidden="true">◀</span> {labels.previous}</>)}
        {button('next', { type: 'next' }, <>{labels.next} <span aria-hidden="true">▶</span></>)}
        {button('black', { type: 'toggleBlank' }, state?.blank === true ? labels.unblack : labels.black, { 'aria-pressed': state?.blank ?? false })}
        {button('loop', { type: 'toggleLoop' }, state === undefined ? labels.loop.off : labels.loop[state.loop], { 'aria-pressed': state !== undefined && state.loop !== 'off' })}
        {button('mode', { type: 'cycleMode' }, `${labels.mode}: ${snapshot === undefined ? '' : labels.modes[snapshot.settings.mode]}`)}
      </nav>
      {/* Only where there is one to put up or take down: the file is written on the laptop, not here. */}
      {snapshot !== undefined && network.capability === 'control' && ((snapshot.announcements?.length ?? 0) > 0 || snapshot.state.announcement !== undefined) && (
        <section className="remote-announcements" data-testid="remote-announcements" aria-labelledby="remote-announcements-heading">
          <h2 id="remote-announcements-heading" className="visually-hidden">
            {announcementLabels.heading}
          </h2>
          {/* One row on a phone: the one up with its button, or else the list to put one up from. */}
          {snapshot.state.announcement === undefined ? (
            <AnnouncementList snapshot={snapshot} connection={connection} labels={announcementLabels} />
          ) : (
            <AnnouncementStatus state={snapshot.state} connection={connection} labels={announcementLabels} />
          )}
        </section>
      )}
      <footer className="remote-footer">
        <p className="remote-wake" data-testid="remote-wake" data-wake={wake}>
          {wake === 'unavailable' ? labels.maySleep : wake === 'awake' ? labels.awake : ''}
        </p>
        {network.capability === 'control' && (
          <button
            type="button"
            className="remote-replace-readers"
            // Every phone reading along leaves at once: asked twice, as no other button here is.
            onClick={() => window.confirm(labels.replaceReadersConfirm) && connection.replaceToken('follow')}
          >
            {labels.replaceReaders}
          </button>
        )}
      </footer>
    </main>
  );
}
