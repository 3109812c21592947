import { LANGUAGES, type Deck, type Slide } from '../deck/deck';
import type { Settings } from '../settings/settings';
import { firstIllegibleScreen } from '../layout/legibility';
import { findFidelityMismatch } from './fidelity';
import type { PathProblem } from './yaml-file';
import type { Segment } from './statement-schema';

export interface CompiledDeck {
  readonly deck: Deck;
  readonly problems: PathProblem[];
}

/**
 * Turns checked segments into the deck the show runs. Slides with nothing to show are
 * left out, with a warning that says so: the organizations slide while its list is empty.
 * A text too long to be legible on a standard screen gets a warning naming it.
 */
export function compileDeck(segments: readonly Segment[], settings: Settings): CompiledDeck {
  const problems: PathProblem[] = [];
  const slides: Slide[] = [];
  segments.forEach((segment, index) => {
    if (segment.kind === 'organizations' && (segment.organizations ?? []).length === 0) {
      problems.push({
        severity: 'warning',
        path: ['segments', index, 'organizations'],
        message: `the list of organizations is empty, so the slide "${segment.id}" is not shown until organizations are added`,
      });
      return;
    }
    for (const lang of LANGUAGES) {
      const text = segment.text[lang];
      const screen = text === undefined ? undefined : firstIllegibleScreen(text, lang);
      if (screen !== undefined) {
        problems.push({
          severity: 'warning',
          path: ['segments', index, lang],
          message: `the ${lang} text of "${segment.id}" is too long to be read from across the room on a ${screen.width}x${screen.height} screen; split it into two segments`,
        });
      }
    }
    slides.push(segment);
  });
  return { deck: { languages: settings.languages, slides }, problems };
}

/**
 * Compares the segments with the organizers' source text, which holds the whole
 * statement in one language, then the whole statement in the next. Returns a warning
 * naming the first place where they part ways, or nothing when they agree.
 */
export function checkAgainstSource(segments: readonly Segment[], source: string): string | undefined {
  const pieces = LANGUAGES.flatMap((lang) =>
    segments.flatMap((segment) => (segment.text[lang] === undefined ? [] : [segment.text[lang]])),
  );
  const mismatch = findFidelityMismatch(source, pieces);
  if (mismatch === undefined) return undefined;
  return (
    `the slides differ from the source text at its line ${mismatch.sourceLine}: ` +
    `the slides have "${mismatch.expected}" where the source has "${mismatch.found}"`
  );
}
