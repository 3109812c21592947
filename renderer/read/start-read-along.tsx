import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createReadAlongConnection } from '../connection/read-along-connection';
import { ReadAlongView } from './ReadAlongView';
import '../styles/read.css';

/** Renders the read-along page into `root`, connected with `token`, the follow code from the page's address. */
export function startReadAlong(root: HTMLElement, token: string | undefined): void {
  createRoot(root).render(
    <StrictMode>
      <ReadAlongView connection={createReadAlongConnection(token)} />
    </StrictMode>,
  );
}
