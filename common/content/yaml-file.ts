import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './problem';

/** A path into a parsed YAML value, e.g. `['segments', 3, 'en']`. */
export type YamlPath = readonly (string | number)[];

/** A problem found while checking a parsed value, placed by its path. */
export interface PathProblem {
  readonly severity: 'error' | 'warning';
  readonly path: YamlPath;
  readonly message: string;
}

/** A parsed YAML file that can tell on which line any value stands. */
export interface YamlFile {
  readonly value: unknown;
  lineOf(path: YamlPath): number | undefined;
  /** Turns path-placed problems into file-and-line problems. */
  place(problems: readonly PathProblem[]): ContentProblem[];
}

export type YamlParseResult =
  | { readonly ok: true; readonly file: YamlFile }
  | { readonly ok: false; readonly problems: ContentProblem[] };

/**
 * Parses YAML text, keeping positions so that later checks can name the line of a bad
 * value. Syntax errors come back as problems with their line, never as exceptions.
 */
export function parseYamlFile(fileName: string, text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        severity: 'error',
        file: fileName,
        line: lineCounter.linePos(error.pos[0]).line,
        message: firstLine(error.message),
      })),
    };
  }
  const lineOf = (path: YamlPath): number | undefined => lineOfPath(doc, lineCounter, path);
  return {
    ok: true,
    file: {
      value: doc.toJS() as unknown,
      lineOf,
      place: (problems) =>
        problems.map((problem) => ({
          severity: problem.severity,
          file: fileName,
          line: lineOf(problem.path),
          message: problem.message,
        })),
    },
  };
}

/** The line of the deepest node along `path` that exists (a missing key points at its parent). */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: YamlPath): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    const range = rangeOf(node);
    if (range !== undefined) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}

function rangeOf(node: unknown): readonly [number, ...number[]] | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: unknown }).range;
    if (Array.isArray(range) && typeof range[0] === 'number') return range as [number, ...number[]];
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
