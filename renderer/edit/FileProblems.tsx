import type { EditProblem } from '../../common/edit/check-edited';
import type { EditLabels } from './edit-labels';
import { ProblemList } from './ProblemList';

/** What the show says of the files as they are now (`npm run deck`'s lines), and the draft's problems that belong to no one segment. */
export function FileProblems({ labels, lines, general }: { readonly labels: EditLabels; readonly lines: readonly string[]; readonly general: readonly EditProblem[] }) {
  if (lines.length === 0 && general.length === 0) return null;
  return (
    <section className="edit-file-problems" aria-labelledby="edit-file-problems-heading">
      <h2 id="edit-file-problems-heading">{labels.fileProblems}</h2>
      <ProblemList problems={general} labels={labels} />
      <ul>
        {lines.map((line) => (
          <li key={line} lang="en">
            {line}
          </li>
        ))}
      </ul>
    </section>
  );
}
