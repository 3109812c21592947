import { LANGUAGES, type Language } from '../deck/deck';
import { isRecord } from '../content/is-record';
import { unreadableText } from '../content/readable-text';
import { firstIllegible } from '../layout/legibility';
import { COUNTDOWN_MARK, countdownEnd, MAX_ANNOUNCEMENT_ID_LENGTH, type WrittenAnnouncement } from './announcement';

/** An announcement's words in each language it has. */
export type AnnouncementText = Partial<Readonly<Record<Language, string>>>;

/**
 * The announcement over the show now, as every screen is sent it in the show's state: its
 * words themselves (a screen needs no list to show it) and, for a countdown, the moment it
 * ends on the show's clock, so every screen counts to the same second and the show ends it
 * there by itself.
 */
export interface ShownAnnouncement {
  /** The written announcement's id; absent for a message typed in the presenter view. */
  readonly id?: string;
  /** With its `{countdown}` marks, which each screen fills with the time left. */
  readonly text: AnnouncementText;
  readonly startedAt: number;
  /** When its countdown reaches zero and it ends, in ms since the epoch. */
  readonly endsAt?: number;
}

/** The longest message typed in the presenter view, per language: about what a slide holds. */
export const MAX_TYPED_LENGTH = 280;
/** The longest text of any announcement a screen accepts, written ones included (their checks keep them far shorter). */
const MAX_SHOWN_LENGTH = 2000;

/**
 * The written announcement going up at `now`, or `undefined` when its countdown is to a
 * time of day that has already passed: it would count nothing, so it is not shown.
 */
export function showWritten(written: WrittenAnnouncement, now: number): ShownAnnouncement | undefined {
  const endsAt = written.countdown === undefined ? undefined : countdownEnd(written.countdown, now);
  if (written.countdown !== undefined && endsAt === undefined) return undefined;
  return { id: written.id, text: written.text, startedAt: now, ...(endsAt === undefined ? {} : { endsAt }) };
}

/** Whether a written announcement can go up at `now` (see `showWritten`). */
export const canShowWritten = (written: WrittenAnnouncement, now: number): boolean => showWritten(written, now) !== undefined;

/**
 * Why a message typed in the presenter view cannot go up, or `undefined` when it can: one
 * language at least, each readable, short enough to be read from across the room. It has
 * no countdown, so a `{countdown}` in it would show as typed; it is refused instead.
 */
export function typedTextProblem(text: AnnouncementText): string | undefined {
  const given = LANGUAGES.filter((lang) => text[lang] !== undefined);
  if (given.length === 0) return 'write the message in English, Korean or both';
  for (const lang of given) {
    const words = text[lang] ?? '';
    const name = lang === 'en' ? 'English' : 'Korean';
    if (words.length > MAX_TYPED_LENGTH) return `the ${name} text is longer than ${MAX_TYPED_LENGTH} characters`;
    const unreadable = unreadableText(words);
    if (unreadable !== undefined) return `the ${name} text ${unreadable}`;
    if (words.includes(COUNTDOWN_MARK)) return `the ${name} text has ${COUNTDOWN_MARK}: a typed message has no clock; write the time in words`;
    if (firstIllegible(words, lang) !== undefined) return `the ${name} text is too long to be read from across the room on the smallest screens; shorten it`;
  }
  return undefined;
}

/** A typed message as the show takes it: each language trimmed, an empty one left out. */
export function trimmedText(typed: AnnouncementText): AnnouncementText {
  return Object.fromEntries(LANGUAGES.flatMap((lang) => (typed[lang]?.trim() ? [[lang, typed[lang].trim()]] : [])));
}

/**
 * A message typed in the presenter view as a command carries it (see `trimmedText`), or
 * `undefined` for anything that is not such a message.
 */
export function parseTypedText(value: unknown): AnnouncementText | undefined {
  if (!isRecord(value) || !Object.keys(value).every((key) => (LANGUAGES as readonly string[]).includes(key))) return undefined;
  if (!Object.values(value).every((words) => typeof words === 'string' && words.length <= MAX_TYPED_LENGTH * 2)) return undefined;
  const text = trimmedText(value as AnnouncementText);
  return typedTextProblem(text) === undefined ? text : undefined;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether a value from elsewhere is an announcement's words: one language at least, known ones only, each text of a length a screen takes. */
function isAnnouncementText(value: unknown): value is AnnouncementText {
  if (!isRecord(value)) return false;
  const langs = Object.keys(value);
  return langs.length > 0 && langs.every((lang) => (LANGUAGES as readonly string[]).includes(lang) && typeof value[lang] === 'string' && value[lang].length <= MAX_SHOWN_LENGTH);
}

const isAnnouncementId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ANNOUNCEMENT_ID_LENGTH;

/** Whether a value from elsewhere (a server's state message) is a `ShownAnnouncement`. */
export function isShownAnnouncement(value: unknown): value is ShownAnnouncement {
  if (!isRecord(value) || !isAnnouncementText(value.text) || !isTime(value.startedAt)) return false;
  return (value.endsAt === undefined || isTime(value.endsAt)) && (value.id === undefined || isAnnouncementId(value.id));
}

/** Whether a value from the show server is a list of written announcements, as a controller is sent it. */
export function isWrittenAnnouncementList(value: unknown): value is readonly WrittenAnnouncement[] {
  return (
    Array.isArray(value) &&
    value.length <= 200 &&
    value.every((item) => isRecord(item) && isAnnouncementId(item.id) && isAnnouncementText(item.text) && isCountdown(item.countdown))
  );
}

function isCountdown(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isRecord(value)) return false;
  if ('forSeconds' in value) return isTime(value.forSeconds) && value.forSeconds > 0;
  return isRecord(value.until) && Number.isInteger(value.until.hour) && Number.isInteger(value.until.minute);
}
