import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorView } from './EditorView';
import '../styles/edit.css';

/** Renders the editor page into `root`, connected with `token`, the control code from the page's address (none on this computer only). */
export function startEditor(root: HTMLElement, token: string | undefined): void {
  createRoot(root).render(
    <StrictMode>
      <EditorView token={token} />
    </StrictMode>,
  );
}
