import type { Language } from '../deck/deck';

/**
 * Where an announcement's running clock stands in its text. The organizers write it in
 * each language where the clock should be read ("back in {countdown}", "{countdown} 후에
 * 다시 시작합니다"), so the app never has to place words of its own around a number.
 */
export const COUNTDOWN_MARK = '{countdown}';

/**
 * A countdown: `until` a clock time of the show's computer ("15:30", 24-hour), or `for` a
 * duration from the moment the announcement goes up, in seconds.
 */
export type Countdown = { readonly until: ClockTime } | { readonly forSeconds: number };

/** A time of day, 24-hour. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** The longest id an announcement may have, in the file and in a command to put it up. */
export const MAX_ANNOUNCEMENT_ID_LENGTH = 40;

/** An announcement the organizers wrote in advance, in `announcements.yaml`. */
export interface WrittenAnnouncement {
  readonly id: string;
  /** Its words in each language it has, exactly as written. */
  readonly text: Partial<Readonly<Record<Language, string>>>;
  readonly countdown?: Countdown;
}

/**
 * When a countdown started at `startedAt` (ms since the epoch) ends, or `undefined` when
 * it ends at a clock time that has already passed today: such an announcement is not
 * shown, and the presenter is told why. `until` is read in the show computer's own time
 * zone, as the organizers read the clock on its wall.
 */
export function countdownEnd(countdown: Countdown, startedAt: number): number | undefined {
  if ('forSeconds' in countdown) return startedAt + countdown.forSeconds * 1000;
  const end = new Date(startedAt);
  end.setHours(countdown.until.hour, countdown.until.minute, 0, 0);
  return end.getTime() > startedAt ? end.getTime() : undefined;
}

/**
 * The running clock for `remainingMs`: `m:ss` under an hour, `h:mm:ss` past it. A second
 * that has begun counts whole, so the clock says 0:01 until the very end, and every
 * screen on the same clock shows the same second.
 */
export function countdownText(remainingMs: number): string {
  const total = Math.max(0, Math.ceil(remainingMs / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** `text` with its countdown mark replaced by the running clock. */
export function withCountdown(text: string, remainingMs: number): string {
  return text.split(COUNTDOWN_MARK).join(countdownText(remainingMs));
}
