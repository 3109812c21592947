import { LANGUAGES, type Language } from '../deck/deck';
import { isRecord } from '../content/is-record';
import { checkItemsWithUniqueIds } from '../content/unique-items';
import { describeValue, quote } from '../content/quote';
import { unreadableText } from '../content/readable-text';
import type { PathProblem, YamlPath } from '../content/yaml-file';
import { firstIllegible } from '../layout/legibility';
import { legibleMinimumPx } from '../layout/type-scale';
import { COUNTDOWN_MARK, MAX_ANNOUNCEMENT_ID_LENGTH, withCountdown, type ClockTime, type Countdown, type WrittenAnnouncement } from './announcement';

/** What `checkAnnouncements` found: the announcements that are well written, and what is wrong with the rest. */
export interface AnnouncementsCheck {
  readonly announcements: readonly WrittenAnnouncement[];
  readonly problems: readonly PathProblem[];
}

const ID_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{0,${MAX_ANNOUNCEMENT_ID_LENGTH - 1}}$`, 'u');
const ANNOUNCEMENT_KEYS = ['id', ...LANGUAGES, 'countdown'];
/** The longest countdown: a day. Past it, a clock time (`until:`) is what was meant. */
const LONGEST_COUNTDOWN_SECONDS = 24 * 3600;
/** The time left at which the running clock is widest (23:59:59), for the legibility check. */
const WIDEST_CLOCK_MS = (LONGEST_COUNTDOWN_SECONDS - 1) * 1000;

/**
 * Checks `announcements.yaml` as parsed. A file with no announcements (empty, only
 * comments, or `announcements: []`) is the shipped state and no problem. Every
 * announcement is held to the statement's rules: its words verbatim and readable, and
 * legible on every supported screen with its clock at its widest.
 */
export function checkAnnouncements(value: unknown): AnnouncementsCheck {
  const problems: PathProblem[] = [];
  const error = (path: YamlPath, message: string): void => {
    problems.push({ severity: 'error', path, message });
  };
  if (value === null || value === undefined) return { announcements: [], problems };
  if (!isRecord(value)) {
    error([], `the file must be a mapping with an \`announcements:\` list, not ${describeValue(value)}`);
    return { announcements: [], problems };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'announcements') error([key], `unknown key ${quote(key)} (only \`announcements:\` belongs at the top)`);
  }
  const list = value.announcements;
  if (list === null || list === undefined) return { announcements: [], problems };
  if (!Array.isArray(list)) {
    error(['announcements'], `\`announcements:\` must be a list (each item starting with "- id:"), not ${describeValue(list)}`);
    return { announcements: [], problems };
  }
  const announcements = checkItemsWithUniqueIds(list, 'announcements', 'announcement', checkAnnouncement, problems);
  return { announcements, problems };
}

function checkAnnouncement(raw: unknown, path: YamlPath, problems: PathProblem[]): WrittenAnnouncement | undefined {
  const start = problems.length;
  const error = (key: YamlPath, message: string): void => {
    problems.push({ severity: 'error', path: [...path, ...key], message });
  };
  const number = Number(path[path.length - 1]) + 1;
  if (!isRecord(raw)) {
    error([], `announcement ${number} must be a mapping with \`id:\`, \`en:\` and \`ko:\`, not ${describeValue(raw)}`);
    return undefined;
  }
  const id = typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : undefined;
  if (id === undefined) error(['id'], `announcement ${number} needs an \`id:\` of letters, digits, - and _ (up to ${MAX_ANNOUNCEMENT_ID_LENGTH}), such as \`break\`; it has ${raw.id === undefined ? 'none' : describeValue(raw.id)}`);
  const label = id === undefined ? `announcement ${number}` : `announcement ${quote(id)}`;
  for (const key of Object.keys(raw)) {
    if (!ANNOUNCEMENT_KEYS.includes(key)) error([key], `${label}: unknown key ${quote(key)} (an announcement has ${ANNOUNCEMENT_KEYS.map((name) => `\`${name}:\``).join(', ')})`);
  }
  const hasCountdown = raw.countdown !== undefined && raw.countdown !== null;
  const countdown = hasCountdown ? checkCountdown(raw.countdown, label, (message) => error(['countdown'], message)) : undefined;
  const text: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const words = raw[lang];
    if (words === undefined || words === null) continue;
    const at = (message: string): void => error([lang], `${label}: ${message}`);
    if (typeof words !== 'string') {
      at(`the ${lang} text must be text, not ${describeValue(words)}`);
      continue;
    }
    const unreadable = unreadableText(words);
    if (unreadable !== undefined) {
      at(`the ${lang} text ${unreadable}`);
      continue;
    }
    const marked = words.includes(COUNTDOWN_MARK);
    if (hasCountdown && !marked) at(`the ${lang} text has no ${COUNTDOWN_MARK}: write it where the running clock goes, or the clock would not show`);
    if (!hasCountdown && marked) at(`the ${lang} text has ${COUNTDOWN_MARK} but the announcement has no \`countdown:\`; add one (\`for: "10:00"\` or \`until: "15:30"\`) or take the mark out`);
    const illegible = firstIllegible(withCountdown(words, WIDEST_CLOCK_MS), lang);
    if (illegible !== undefined) {
      const on = `on a ${illegible.screen.width}x${illegible.screen.height} screen`;
      at(
        illegible.tooWide === undefined
          ? `the ${lang} text is too long to be read from across the room: ${on} it would be set smaller than ${legibleMinimumPx(illegible.screen)} px; shorten it`
          : `the ${lang} text has a run of ${[...illegible.tooWide].length} characters without a break, too wide for a line ${on}; add spaces to it`,
      );
    }
    text[lang] = words;
  }
  if (Object.keys(text).length === 0 && problems.length === start) error([], `${label} has no text: give it \`en:\` and \`ko:\``);
  if (problems.length > start || id === undefined) return undefined;
  const missing = LANGUAGES.filter((lang) => text[lang] === undefined);
  if (missing.length > 0) problems.push({ severity: 'warning', path, message: `${label} has no ${missing.join(' or ')} text: it is shown in ${LANGUAGES.filter((lang) => !missing.includes(lang)).join(' and ')} only` });
  return { id, text, ...(countdown === undefined ? {} : { countdown }) };
}

/** `for: "10:00"` (m:ss or h:mm:ss) or `until: "15:30"` (24-hour), exactly one of them. */
function checkCountdown(raw: unknown, label: string, error: (message: string) => void): Countdown | undefined {
  const keys = isRecord(raw) ? Object.keys(raw) : [];
  if (!isRecord(raw) || keys.length !== 1 || (keys[0] !== 'for' && keys[0] !== 'until')) {
    error(`${label}: \`countdown:\` takes one of \`for: "10:00"\` (minutes:seconds from when it goes up) or \`until: "15:30"\` (a time of day)`);
    return undefined;
  }
  if (raw.for !== undefined) {
    const seconds = typeof raw.for === 'string' ? durationSeconds(raw.for) : undefined;
    if (seconds === undefined || seconds < 1 || seconds > LONGEST_COUNTDOWN_SECONDS) {
      error(`${label}: \`for:\` is a duration in quotes, minutes:seconds such as "10:00" or hours:minutes:seconds such as "1:30:00", up to a day; it has ${describeValue(raw.for)}`);
      return undefined;
    }
    return { forSeconds: seconds };
  }
  const until = typeof raw.until === 'string' ? clockTime(raw.until) : undefined;
  if (until === undefined) {
    error(`${label}: \`until:\` is a time of day in quotes, 24-hour, such as "15:30"; it has ${describeValue(raw.until)}`);
    return undefined;
  }
  return { until };
}

function durationSeconds(text: string): number | undefined {
  const parts = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$/u.exec(text.trim());
  if (parts === null) return undefined;
  const [hours, minutes, seconds] = [Number(parts[1] ?? 0), Number(parts[2]), Number(parts[3])];
  if (seconds > 59 || (parts[1] !== undefined && minutes > 59)) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

function clockTime(text: string): ClockTime | undefined {
  const parts = /^(\d{1,2}):(\d{2})$/u.exec(text.trim());
  if (parts === null) return undefined;
  const [hour, minute] = [Number(parts[1]), Number(parts[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}
