import { checkAgainstSource, compileDeck } from '../content/compile-deck';
import { checkStatement } from '../content/statement-schema';
import type { PathProblem } from '../content/yaml-file';
import type { Deck } from '../deck/deck';
import type { Settings } from '../settings/settings';
import { segmentValue, type EditedSegment } from './edited-content';

/** A problem `npm run deck` would report, placed by segment (its index in the list) and field (`en`, `ko`, `id`, …) rather than by line. */
export interface EditProblem {
  readonly severity: 'error' | 'warning';
  readonly segment?: number;
  readonly field?: string;
  readonly message: string;
}

export interface EditedCheck {
  readonly problems: EditProblem[];
  /** The deck the show would run, when nothing is an error. */
  readonly deck?: Deck;
}

/**
 * The statement as edited, checked by the very checks that read `statement.yaml` (the
 * schema, the legibility on every supported screen, the source text), so the page shows
 * as one types what the show would refuse, and the server refuses the same on a save.
 */
export function checkEditedStatement(segments: readonly EditedSegment[], settings: Settings, source?: string): EditedCheck {
  const statement = checkStatement({ segments: segments.map(segmentValue) });
  const problems = statement.problems.map(placed);
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  const compiled = compileDeck(statement.segments, settings);
  problems.push(...compiled.problems.map(placed));
  if (source !== undefined) {
    const difference = checkAgainstSource(statement.segments, source);
    if (difference !== undefined) problems.push({ severity: 'warning', message: difference });
  }
  return problems.some((problem) => problem.severity === 'error') ? { problems } : { problems, deck: compiled.deck };
}

function placed(problem: PathProblem): EditProblem {
  const [list, segment, field] = problem.path;
  if (list !== 'segments' || typeof segment !== 'number') return { severity: problem.severity, message: problem.message };
  return { severity: problem.severity, segment, ...(typeof field === 'string' ? { field } : {}), message: problem.message };
}
