import { KEY_HELP } from '../../common/input/key-help';
import type { UiLanguage } from '../../common/settings/presenter-settings';
import { PresenterDialog } from './PresenterDialog';
import type { PresenterLabels } from './presenter-labels';

/** The keys and what they do, drawn from the key map's own description (the README's Keys table says the same). */
export function KeyHelp({ labels, language, onClose }: { readonly labels: PresenterLabels; readonly language: UiLanguage; readonly onClose: () => void }) {
  return (
    <PresenterDialog title={labels.keysTitle} closeLabel={labels.close} onClose={onClose} testId="key-help">
      <table className="presenter-key-table">
        <thead>
          <tr>
            <th scope="col">{labels.keyColumn}</th>
            <th scope="col">{labels.doesColumn}</th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.map((row) => (
            <tr key={row.keys}>
              <th scope="row">
                <kbd lang="en">{row.keys}</kbd>
              </th>
              <td>{row.does[language]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PresenterDialog>
  );
}
