import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import content from 'virtual:yeondae-content';
import { createBrowserConnection } from './connection/browser-connection';
import { createElectronConnection } from './connection/electron-connection';
import { parseUrlOptions } from './connection/url-options';
import { AudienceView } from './show/AudienceView';
import './styles/show.css';

const warn = (message: string): void => console.warn(message);
// Inside Electron the preload gives `window.yeondae` and the main process owns the show;
// in a plain browser the page runs the show itself from the content built into it.
const connection = window.yeondae
  ? createElectronConnection(window.yeondae)
  : createBrowserConnection(content.deck, content.settings, parseUrlOptions(window.location.search, warn), warn);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AudienceView connection={connection} />
  </StrictMode>,
);
