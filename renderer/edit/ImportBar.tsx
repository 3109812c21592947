import { useState } from 'react';
import { isFolderName } from '../../common/edit/edit-protocol';
import type { EditLabels } from './edit-labels';

interface ImportBarProps {
  readonly labels: EditLabels;
  readonly segments: number;
  readonly toCheck: number;
  readonly saving: boolean;
  readonly onSaveAsFolder: (folder: string) => void;
  readonly onReplaceShow: () => void;
  readonly onDrop: () => void;
}

/** An import in the page, not saved yet: save it as a new content folder, or over the show's statement (after a confirmation), or drop it. */
export function ImportBar({ labels, segments, toCheck, saving, onSaveAsFolder, onReplaceShow, onDrop }: ImportBarProps) {
  const [folder, setFolder] = useState('');
  return (
    <div className="edit-banner edit-import-bar" role="region" aria-label={labels.importTitle}>
      <p role="status">{labels.imported(segments, toCheck)}</p>
      <div className="edit-actions">
        <label className="edit-field">
          {labels.folderName}
          <input value={folder} spellCheck={false} onChange={(event) => setFolder(event.target.value)} />
        </label>
        <button type="button" disabled={saving || !isFolderName(folder)} onClick={() => onSaveAsFolder(folder)}>
          {labels.saveAsFolder}
        </button>
        <button type="button" disabled={saving} onClick={onReplaceShow}>
          {labels.replaceShow}
        </button>
        <button type="button" onClick={onDrop}>
          {labels.dropImport}
        </button>
      </div>
    </div>
  );
}
