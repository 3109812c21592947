import type { EditableContent } from '../../common/edit/edit-protocol';
import type { LinkState } from '../connection/server-link';
import type { EditLabels } from './edit-labels';
import type { SaveAnswer } from './use-editor-link';

interface EditorBarProps {
  readonly labels: EditLabels;
  readonly link: LinkState;
  readonly content: EditableContent | undefined;
  readonly dirty: boolean;
  /** An import is in the page: it is saved by the import's own buttons, with its source text. */
  readonly importing: boolean;
  readonly saving: boolean;
  readonly answer: SaveAnswer | undefined;
  readonly errorCount: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onSave: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onUndoSave: () => void;
  readonly onSwitchLanguage: () => void;
}

/** The page's title, where its files are, whether they are saved, and the buttons that save, undo and put back a save. */
export function EditorBar(props: EditorBarProps) {
  const { labels, link, content, dirty, saving, answer } = props;
  const connected = link.kind === 'connected';
  const status = link.kind === 'refused' ? link.message : !connected ? (link.kind === 'connecting' && content === undefined ? labels.connecting : labels.offline) : saving ? labels.saving : dirty ? labels.unsaved : answer?.type === 'saved' ? labels.saved : '';
  const readOnly = content?.readOnly;
  return (
    <header className="edit-bar">
      <div className="edit-title">
        <h1>{labels.title}</h1>
        {content !== undefined && <p>{labels.folder(content.folder)}</p>}
      </div>
      <p className="edit-status" role="status" data-dirty={dirty}>
        {readOnly ?? status}
      </p>
      <div className="edit-actions">
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z">
          {labels.undo}
        </button>
        <button type="button" onClick={props.onRedo} disabled={!props.canRedo} aria-keyshortcuts="Control+Shift+Z">
          {labels.redo}
        </button>
        <button type="button" onClick={props.onUndoSave} disabled={!connected || saving || dirty || readOnly !== undefined || (content?.history ?? 0) === 0}>
          {labels.undoSave(content?.history ?? 0)}
        </button>
        <button type="button" className="edit-save" onClick={props.onSave} disabled={!connected || saving || !dirty || props.importing || readOnly !== undefined}>
          {labels.save}
        </button>
        <button type="button" className="edit-language" onClick={props.onSwitchLanguage} lang={labels.switchLanguage === '한국어' ? 'ko' : 'en'}>
          {labels.switchLanguage}
        </button>
      </div>
    </header>
  );
}
