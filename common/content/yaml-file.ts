import { Composer, LineCounter, Parser, type Document } from 'yaml';
import type { ContentProblem } from './problem';
import { oneLine } from './quote';
import { describeYamlError, firstAliasOffset, firstTooDeep, firstUnresolvedAlias, MAX_ALIAS_COUNT, MAX_NESTING } from './yaml-guards';

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

/** One mistake in YAML often makes the library report many; past this many, the rest are counted. */
const MAX_REPORTED = 20;

/**
 * Parses YAML text, keeping positions so that later checks can name the line of a bad
 * value. Whatever is wrong comes back as problems with their line, never as an exception:
 * syntax errors, a file nested or aliased to exhaust memory, an alias with no anchor,
 * tags this app does not know (the library would drop them silently), and a second
 * document (which the library would mention by one of its function names).
 */
export function parseYamlFile(fileName: string, text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const problemAt = (offset: number, message: string): ContentProblem => ({ severity: 'error', file: fileName, line: lineCounter.linePos(offset).line, message });
  const fail = (problems: ContentProblem[]): YamlParseResult => ({ ok: false, problems: limited(problems, fileName) });

  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) return fail([problemAt(tooDeep, `this file nests lists and mappings more than ${MAX_NESTING} deep; a content file needs no more than 5`)]);
  const [doc, second] = new Composer({ prettyErrors: false, uniqueKeys: true, logLevel: 'error' }).compose(tokens, true, text.length);
  if (doc === undefined) return fail([problemAt(0, 'this file cannot be read as YAML')]);
  const problems = [...doc.errors, ...doc.warnings].map((error) => problemAt(error.pos[0], describeYamlError(error)));
  if (second !== undefined) {
    problems.push(problemAt(second.range[0], 'a second YAML document begins at this line (a `---` or `...` line ends the first); a content file holds only one'));
  }
  const unresolved = firstUnresolvedAlias(doc);
  if (unresolved !== undefined) {
    const name = oneLine(unresolved.name, 40);
    problems.push(problemAt(unresolved.offset, `the alias *${name} names no anchor &${name} set before it`));
  }
  if (problems.length > 0) return fail(problems);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // The one throw left once aliases resolve: the library's guard against expansion.
    return fail([problemAt(firstAliasOffset(doc), 'the aliases in this file (*name) copy their anchors too many times; write the values out instead')]);
  }
  const lineOf = (path: YamlPath): number | undefined => lineOfPath(doc, lineCounter, path);
  return {
    ok: true,
    file: {
      value,
      lineOf,
      place: (placed) =>
        placed.map((problem) => ({
          severity: problem.severity,
          file: fileName,
          // A problem with the file as a whole (an empty file has no node) is placed on its first line.
          line: lineOf(problem.path) ?? 1,
          message: problem.message,
        })),
    },
  };
}

/** The problems without repeats, at most `MAX_REPORTED` of them, and a line counting the rest. */
function limited(problems: readonly ContentProblem[], fileName: string): ContentProblem[] {
  const unique = [...new Map(problems.map((problem) => [`${problem.line}:${problem.message}`, problem])).values()];
  if (unique.length <= MAX_REPORTED) return unique;
  return [...unique.slice(0, MAX_REPORTED), { severity: 'error', file: fileName, message: `and ${unique.length - MAX_REPORTED} more problems in this file` }];
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
