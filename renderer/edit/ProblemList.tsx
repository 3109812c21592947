import type { EditProblem } from '../../common/edit/check-edited';
import type { EditLabels } from './edit-labels';

/** What the show would say, next to what it is about; the show's own sentences (`npm run deck`'s), in English. */
export function ProblemList({ problems, labels }: { readonly problems: readonly EditProblem[]; readonly labels: EditLabels }) {
  if (problems.length === 0) return null;
  return (
    <ul className="edit-problems">
      {problems.map((problem, index) => (
        <li key={index} data-severity={problem.severity}>
          <strong>{problem.severity === 'error' ? labels.error : labels.warning}:</strong> <span lang="en">{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
