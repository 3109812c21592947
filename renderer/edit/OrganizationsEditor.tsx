import type { Organization } from '../../common/deck/deck';
import type { EditProblem } from '../../common/edit/check-edited';
import type { EditLabels } from './edit-labels';
import { ProblemList } from './ProblemList';

interface OrganizationsEditorProps {
  readonly organizations: readonly Organization[];
  readonly labels: EditLabels;
  readonly problems: readonly EditProblem[];
  /** `typing` names the box typed in, so a word typed is one step of undo; a list changed is a step of its own. */
  readonly onChange: (organizations: Organization[], typing?: string) => void;
}

/** The organizations a slide lists: a name and a link each; the preview shows their QR codes as the slide does. */
export function OrganizationsEditor({ organizations, labels, problems, onChange }: OrganizationsEditorProps) {
  const set = (index: number, organization: Organization, typing: string): void => onChange(organizations.map((entry, at) => (at === index ? organization : entry)), typing);
  return (
    <fieldset className="edit-organizations">
      <legend>{labels.organizations}</legend>
      <ol>
        {organizations.map((organization, index) => (
          <li key={index}>
            <label className="edit-field">
              {labels.organizationName}
              <input value={organization.name} onChange={(event) => set(index, { ...organization, name: event.target.value }, `org-name-${index}`)} />
            </label>
            <label className="edit-field">
              {labels.organizationLink}
              <input
                value={organization.link ?? ''}
                spellCheck={false}
                inputMode="url"
                onChange={(event) => {
                  const { link: _link, ...rest } = organization;
                  set(index, event.target.value === '' ? rest : { ...rest, link: event.target.value }, `org-link-${index}`);
                }}
              />
            </label>
            <button type="button" onClick={() => onChange(organizations.filter((_, at) => at !== index))}>
              {labels.removeOrganization}
            </button>
          </li>
        ))}
      </ol>
      <ProblemList problems={problems} labels={labels} />
      <button type="button" onClick={() => onChange([...organizations, { name: '' }])}>
        {labels.addOrganization}
      </button>
    </fieldset>
  );
}
