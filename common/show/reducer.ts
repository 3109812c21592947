import type { WrittenAnnouncement } from '../announcements/announcement';
import { showWritten, type ShownAnnouncement } from '../announcements/shown-announcement';
import type { Deck } from '../deck/deck';
import { ALTERNATION_MODES, type AlternationMode } from '../settings/show-settings';
import type { ShowCommand, TickCommand } from './commands';
import { findFrame, findSlideFrame, type Frame } from './frames';
import { nextDueChange, type DueChange } from './loop-timing';
import { visibleLanguages, type Show } from './show-model';
import type { ShowState } from './show-state';

/** What the reducer needs besides the show: the deck, its frames under the show's settings, and the time. */
export interface ShowContext {
  readonly deck: Deck;
  readonly framesFor: (show: Show) => readonly Frame[];
  readonly now: number;
  /** The announcements written in advance, which `announce` puts up by id. */
  readonly announcements?: readonly WrittenAnnouncement[];
}

/**
 * A timer that fires this much later than due means the machine stalled or slept: the
 * show then starts the next frame from now rather than racing through the missed ones.
 * Under it, each frame starts exactly when the last was due, so slides never drift
 * shorter or longer over days.
 */
const LATE_TOLERANCE_MS = 2000;
/** Most automatic changes applied by one tick, so a confused clock can never spin. */
const MAX_CHANGES_PER_TICK = 8;

/**
 * All the show's rules in one place. Moves by a person stop at the first and last frame,
 * pause a running loop (it resumes after the idle time) and, while the screen is black,
 * only bring the picture back. The loop wraps around after the last frame. An
 * announcement stands over the show with the loop waiting under it: the next press ends
 * it, leaving the show where it was (and the loop as it was), as with the black screen.
 */
export function showReducer(show: Show, command: ShowCommand | TickCommand, context: ShowContext): Show {
  const { now } = context;
  const frames = context.framesFor(show);
  const { state } = show;
  const last = Math.max(0, frames.length - 1);
  const touched = (next: ShowState): ShowState => (next.loop === 'off' ? next : { ...next, loop: 'paused', interactedAt: now });
  const moveTo = (frame: number): Show => {
    const clamped = Math.min(Math.max(frame, 0), last);
    const moved = clamped === state.frame && !state.blank ? state : { ...state, frame: clamped, blank: false, langTurn: 0, shownAt: now };
    const next = touched(moved);
    return next === state ? show : { ...show, state: next };
  };
  const announce = (announcement: ShownAnnouncement | undefined): Show => (announcement === undefined ? show : { ...show, state: { ...state, announcement } });
  switch (command.type) {
    case 'next':
    case 'previous':
      if (state.blank) return { ...show, state: touched({ ...state, blank: false }) };
      if (state.announcement !== undefined) return { ...show, state: endAnnouncement(state, now) };
      return moveTo(state.frame + (command.type === 'next' ? 1 : -1));
    case 'first':
      return moveTo(0);
    case 'last':
      return moveTo(last);
    case 'goToFrame':
      return moveTo(command.frame);
    case 'goToSlide': {
      const frame = findFrame(frames, context.deck, command.slideId, command.lang);
      return frame === undefined ? show : moveTo(frame);
    }
    case 'toggleBlank':
      return { ...show, state: touched({ ...state, blank: !state.blank }) };
    case 'unblank':
      return state.blank ? { ...show, state: touched({ ...state, blank: false }) } : show;
    case 'toggleLoop':
      return { ...show, state: state.loop === 'off' ? { ...state, loop: 'running', blank: false, shownAt: now } : { ...state, loop: 'off' } };
    case 'setMode':
      return changeMode(show, command.mode, context);
    case 'cycleMode':
      return changeMode(show, ALTERNATION_MODES[(ALTERNATION_MODES.indexOf(show.settings.mode) + 1) % ALTERNATION_MODES.length] ?? 'sequence', context);
    case 'restartTimer':
      return { ...show, state: { ...state, startedAt: now } };
    case 'announce': {
      const written = context.announcements?.find((each) => each.id === command.id);
      return announce(written === undefined ? undefined : showWritten(written, now));
    }
    case 'announceText':
      return announce({ text: command.text, startedAt: now });
    case 'endAnnouncement':
      return state.announcement === undefined ? show : { ...show, state: endAnnouncement(state, now) };
    case 'tick':
      return applyDueChanges(show, context, frames);
  }
}

/** The show once its announcement is down: the slide under it starts its full time again, and a paused loop its idle time. */
function endAnnouncement(state: ShowState, at: number): ShowState {
  const { announcement: _ended, ...rest } = state;
  return { ...rest, shownAt: at, ...(state.loop === 'paused' ? { interactedAt: at } : {}) };
}

/** Switches the alternation mode live, staying on the same slide and, where it can, the same language. */
function changeMode(show: Show, mode: AlternationMode, context: ShowContext): Show {
  if (mode === show.settings.mode) return show;
  const oldFrames = context.framesFor(show);
  const current = oldFrames[show.state.frame];
  const settings = { ...show.settings, mode };
  const next: Show = { ...show, settings };
  const frames = context.framesFor(next);
  if (current === undefined) return { settings, state: { ...show.state, frame: 0, langTurn: 0, shownAt: context.now } };
  const lang = visibleLanguages(current, show.state, show.settings.mode)[0];
  const frame = findSlideFrame(frames, current.slideIndex, lang) ?? 0;
  const langTurn = lang === undefined ? 0 : Math.max(0, frames[frame]?.langs.indexOf(lang) ?? 0);
  return { settings, state: { ...show.state, frame, langTurn, shownAt: context.now } };
}

function applyDueChanges(show: Show, context: ShowContext, frames: readonly Frame[]): Show {
  let current = show;
  for (let count = 0; count < MAX_CHANGES_PER_TICK; count += 1) {
    const due = nextDueChange(current, context.deck, frames);
    if (due === undefined || due.at > context.now) break;
    current = { ...current, state: applyChange(current.state, due, context.now - due.at > LATE_TOLERANCE_MS ? context.now : due.at, frames) };
  }
  return current;
}

function applyChange(state: ShowState, change: DueChange, at: number, frames: readonly Frame[]): ShowState {
  switch (change.kind) {
    case 'advance':
      return { ...state, frame: (state.frame + 1) % Math.max(1, frames.length), langTurn: 0, shownAt: at };
    case 'nextLanguage':
      return { ...state, langTurn: (state.langTurn + 1) % Math.max(1, frames[state.frame]?.langs.length ?? 1), shownAt: at };
    case 'resume':
      return { ...state, loop: 'running', blank: false, shownAt: at };
    case 'endAnnouncement':
      return endAnnouncement(state, at);
  }
}

/** Brings a state from elsewhere (a saved file, an older deck) within the current frames. */
export function clampState(state: ShowState, frames: readonly Frame[]): ShowState {
  const last = Math.max(0, frames.length - 1);
  return state.frame <= last ? state : { ...state, frame: last, langTurn: 0 };
}
