import type { EditorLinkLabels } from './editor-link-labels';

/** The editor page's address opened at one of its parts: `?section=organizations` before the code in its `#`. */
export function editorAddress(editUrl: string, section?: string): string {
  if (section === undefined) return editUrl;
  const [base, hash] = editUrl.split('#', 2);
  return `${base ?? ''}?section=${encodeURIComponent(section)}${hash === undefined ? '' : `#${hash}`}`;
}

interface EditorLinkProps {
  readonly editUrl: string | undefined;
  readonly labels: EditorLinkLabels;
  /** What the link says (the editor's name unless given). */
  readonly text?: string;
  readonly section?: string;
}

/**
 * The way to the editor page. A presenter view in a browser tab opens it in a new tab; the
 * app's own window opens no other window (electron/security.ts), so there it shows the
 * address to open in a browser on this computer. Without a show server there is no editor,
 * and it says how to start one.
 */
export function EditorLink({ editUrl, labels, text = labels.editWords, section }: EditorLinkProps) {
  if (editUrl === undefined) return <span className="presenter-editor-link">{labels.needsServer}</span>;
  const address = editorAddress(editUrl, section);
  if (window.location.protocol === 'http:' || window.location.protocol === 'https:') {
    return (
      <a className="presenter-editor-link" href={address} target="_blank" rel="noopener noreferrer" data-testid="editor-link">
        {text}
      </a>
    );
  }
  return (
    <span className="presenter-editor-link">
      {labels.openInBrowser} <code>{address}</code>
    </span>
  );
}
