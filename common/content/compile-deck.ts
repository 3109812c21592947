import { isStatementPart, LANGUAGES, type Deck, type Language, type Slide } from '../deck/deck';
import type { Settings } from '../settings/settings';
import { firstIllegible, type Illegible } from '../layout/legibility';
import { legibleMinimumPx } from '../layout/type-scale';
import { findFidelityMismatch } from './fidelity';
import { quote } from './quote';
import type { PathProblem } from './yaml-file';
import type { Segment } from './statement-schema';

/**
 * The most organizations one slide holds with QR codes a phone reads from across a room:
 * a dozen make two rows of six on a 1280x720 projector, at about 4 px to a module
 * (common/layout/organization-grid.ts). More still fit, smaller.
 */
export const MOST_ORGANIZATIONS_PER_SLIDE = 12;

/**
 * The longest heading a read-along slide keeps large above its QR code, in characters: a
 * line or two. A longer one still fits (the fit sets it smaller), with a warning.
 */
export const READ_ALONG_HEADING_CHARACTERS = 70;

/**
 * The start of the warning for an organizations slide whose list is still empty. It is no
 * fault: the shipped content leaves the list for the organizers to fill, and the presenter
 * view shows it as a quiet "to do" (see `isToDo`), apart from the problems to fix.
 */
export const EMPTY_ORGANIZATIONS = 'the list of organizations is empty';

/** Whether a problem line (as the presenter view is sent it) is a "to do" rather than a fault. */
export function isToDo(line: string): boolean {
  return line.includes(`: warning: ${EMPTY_ORGANIZATIONS}`);
}

export interface CompiledDeck {
  readonly deck: Deck;
  readonly problems: PathProblem[];
}

/**
 * Turns checked segments into the deck the show runs. Slides with nothing to show are
 * left out, with a warning that says so: the organizations slide while its list is empty.
 * A list too long for codes a room can scan is shown, with a warning.
 * A text that cannot be set at a legible size on every supported screen is an error
 * naming it: text that cannot be read is as good as no text.
 */
export function compileDeck(segments: readonly Segment[], settings: Settings): CompiledDeck {
  const problems: PathProblem[] = [];
  const slides: Slide[] = [];
  segments.forEach((segment, index) => {
    if (segment.kind === 'organizations' && (segment.organizations ?? []).length === 0) {
      problems.push({
        severity: 'warning',
        path: ['segments', index, 'organizations'],
        message: `${EMPTY_ORGANIZATIONS}, so the slide ${quote(segment.id)} is not shown until organizations are added`,
      });
      return;
    }
    const listed = segment.organizations?.length ?? 0;
    if (listed > MOST_ORGANIZATIONS_PER_SLIDE) {
      problems.push({
        severity: 'warning',
        path: ['segments', index, 'organizations'],
        message: `the slide ${quote(segment.id)} lists ${listed} organizations: past ${MOST_ORGANIZATIONS_PER_SLIDE}, their QR codes get too small to scan from across a room; split the list over two organizations segments`,
      });
    }
    for (const lang of LANGUAGES) {
      const long = segment.kind === 'read-along' ? segment.text[lang] : undefined;
      if (long !== undefined && [...long].length > READ_ALONG_HEADING_CHARACTERS) {
        problems.push({
          severity: 'warning',
          path: ['segments', index, lang],
          message: `the read-along heading of ${quote(segment.id)} is ${[...long].length} characters long: it shares the screen with the QR code, and past ${READ_ALONG_HEADING_CHARACTERS} it is set small; shorten it to a line or two`,
        });
      }
      const text = segment.text[lang];
      const illegible = text === undefined ? undefined : firstIllegible({ text, below: linesBelow(segment) }, lang);
      if (illegible !== undefined) problems.push({ severity: 'error', path: ['segments', index, lang], message: illegibleMessage(segment.id, lang, illegible) });
    }
    slides.push(segment);
  });
  return { deck: { languages: settings.languages, slides }, problems };
}

/** What an organizer needs to know to fix a frame that cannot be read: where, why and what to do. */
function illegibleMessage(id: string, lang: Language, { screen, tooWide }: Illegible): string {
  const on = `on a ${screen.width}x${screen.height} screen`;
  if (tooWide !== undefined) {
    return `the ${lang} text of ${quote(id)} has a run of ${[...tooWide].length} characters without a break (${quote(tooWide, 24)}), too wide for a line at a legible size ${on}; add spaces to it, or split the segment`;
  }
  return `the ${lang} text of ${quote(id)} is too long to be read from across the room: ${on} it would be set smaller than ${legibleMinimumPx(screen)} px, the legible minimum there; split it into two or more segments`;
}

/** The lines a slide sets under its text: the signatory, then the organizations. */
function linesBelow(segment: Segment): string[][] {
  const organizations = (segment.organizations ?? []).map((org) => (org.link === undefined ? org.name : `${org.name} ${org.link}`));
  return [segment.signatory === undefined ? [] : [segment.signatory], organizations];
}

/**
 * Compares the segments with the organizers' source text, which holds the whole
 * statement in one language, then the whole statement in the next. Returns a warning
 * naming the first place where they part ways, or nothing when they agree.
 */
export function checkAgainstSource(segments: readonly Segment[], source: string): string | undefined {
  // A read-along slide's heading is the organizers' invitation to the page, not part of the statement.
  const pieces = LANGUAGES.flatMap((lang) =>
    segments.filter(isStatementPart).flatMap((segment) => (segment.text[lang] === undefined ? [] : [segment.text[lang]])),
  );
  const mismatch = findFidelityMismatch(source, pieces);
  if (mismatch === undefined) return undefined;
  return (
    `the slides differ from the source text at its line ${mismatch.sourceLine}: ` +
    `the slides have ${quote(mismatch.expected, 80)} where the source has ${quote(mismatch.found, 80)}`
  );
}
