/** Something wrong (or worth a look) in a content or settings file. */
export interface ContentProblem {
  readonly severity: 'error' | 'warning';
  /** The file, as the person editing it knows it (e.g. `content/statement.yaml`). */
  readonly file: string;
  /** 1-based line, when the problem has a place in the file. */
  readonly line?: number | undefined;
  readonly message: string;
}

/** `content/statement.yaml:12: segment "1a" has no text` — one line a person can act on. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${place}: ${problem.severity}: ${problem.message}`;
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
