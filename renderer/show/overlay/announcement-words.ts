import { withCountdown } from '../../../common/announcements/announcement';
import type { ShownAnnouncement } from '../../../common/announcements/shown-announcement';
import { LANGUAGES, languagesOf, type Language, type Slide } from '../../../common/deck/deck';

/** The languages an announcement is shown in, in the show's order (the first is the larger, as on a stacked slide). */
export function announcementLanguages(announcement: ShownAnnouncement, order: readonly Language[]): Language[] {
  // A show set to one language still shows an announcement in every language it has: the room hears it whole.
  const inOrder = languagesOf(announcement, order);
  return [...inOrder, ...languagesOf(announcement, LANGUAGES).filter((lang) => !inOrder.includes(lang))];
}

/** Its words at `now` on the show's clock, the running clock in place of each `{countdown}`. */
export function announcementWords(announcement: ShownAnnouncement, now: number): Partial<Record<Language, string>> {
  const left = announcement.endsAt === undefined ? 0 : announcement.endsAt - now;
  return Object.fromEntries(Object.entries(announcement.text).map(([lang, text]) => [lang, withCountdown(text ?? '', left)]));
}

/**
 * The announcement as a slide to fit, with its clock as it read when it went up: the
 * clock only shrinks from there, so text fitted with it fits for as long as it counts.
 */
export function announcementSlide(announcement: ShownAnnouncement): Slide {
  return { id: `announcement-${announcement.startedAt}`, kind: 'statement', text: announcementWords(announcement, announcement.startedAt) };
}
