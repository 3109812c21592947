import { MAX_ANNOUNCEMENT_ID_LENGTH } from '../announcements/announcement';
import { parseTypedText, type AnnouncementText } from '../announcements/shown-announcement';
import { isLanguage, type Language } from '../deck/deck';
import { isRecord } from '../content/is-record';
import { ALTERNATION_MODES, type AlternationMode } from '../settings/show-settings';

/** Everything a view, a key or a remote can ask of the show. */
export type ShowCommand =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'goToFrame'; readonly frame: number }
  | { readonly type: 'goToSlide'; readonly slideId: string; readonly lang?: Language }
  | { readonly type: 'toggleBlank' }
  | { readonly type: 'unblank' }
  | { readonly type: 'toggleLoop' }
  | { readonly type: 'setMode'; readonly mode: AlternationMode }
  | { readonly type: 'cycleMode' }
  /** Starts the presenter's elapsed time again from zero; the audience sees nothing of it. */
  | { readonly type: 'restartTimer' }
  /** Puts up the written announcement with this id (announcements.yaml) over the show. */
  | { readonly type: 'announce'; readonly id: string }
  /** Puts up a message typed in the presenter view, in one language or both. */
  | { readonly type: 'announceText'; readonly text: AnnouncementText }
  /** Takes the announcement down: the show is where it was. */
  | { readonly type: 'endAnnouncement' };

/** The store's own command: time has passed, apply what is due. Never accepted from outside. */
export type TickCommand = { readonly type: 'tick' };

const SIMPLE_COMMANDS = ['next', 'previous', 'first', 'last', 'toggleBlank', 'unblank', 'toggleLoop', 'cycleMode', 'restartTimer', 'endAnnouncement'] as const;

/**
 * Accepts a value from outside (another process, another tab, a URL) only when it is a
 * well-formed command, so that a bad message can never put the show into a bad state.
 */
export function parseShowCommand(value: unknown): ShowCommand | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  const keys = Object.keys(value);
  const onlyKeys = (...allowed: string[]): boolean => keys.every((key) => key === 'type' || allowed.includes(key));
  if ((SIMPLE_COMMANDS as readonly string[]).includes(value.type)) {
    return keys.length === 1 ? ({ type: value.type } as ShowCommand) : undefined;
  }
  switch (value.type) {
    case 'goToFrame':
      return onlyKeys('frame') && Number.isSafeInteger(value.frame) && (value.frame as number) >= 0
        ? { type: 'goToFrame', frame: value.frame as number }
        : undefined;
    case 'goToSlide': {
      const valid = typeof value.slideId === 'string' && value.slideId.length <= 200 && (value.lang === undefined || isLanguage(value.lang)) && onlyKeys('slideId', 'lang');
      if (!valid) return undefined;
      return { type: 'goToSlide', slideId: value.slideId as string, ...(isLanguage(value.lang) ? { lang: value.lang } : {}) };
    }
    case 'setMode':
      return onlyKeys('mode') && (ALTERNATION_MODES as readonly unknown[]).includes(value.mode)
        ? { type: 'setMode', mode: value.mode as AlternationMode }
        : undefined;
    case 'announce':
      return onlyKeys('id') && typeof value.id === 'string' && value.id.length > 0 && value.id.length <= MAX_ANNOUNCEMENT_ID_LENGTH ? { type: 'announce', id: value.id } : undefined;
    case 'announceText': {
      const text = onlyKeys('text') ? parseTypedText(value.text) : undefined;
      return text === undefined ? undefined : { type: 'announceText', text };
    }
    default:
      return undefined;
  }
}
