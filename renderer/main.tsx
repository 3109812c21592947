import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import content from 'virtual:yeondae-content';
import { createElectronConnection } from './connection/electron-connection';
import { createTabConnection } from './connection/tab-connection';
import { parseUrlOptions } from './connection/url-options';
import { PresenterView } from './presenter/PresenterView';
import { AudienceView } from './show/AudienceView';
import './styles/show.css';
import './styles/presenter.css';

const warn = (message: string): void => console.warn(message);
const options = parseUrlOptions(window.location.search, content.settings, warn);
// Inside Electron the preload gives `window.yeondae` and the main process owns the show;
// in a plain browser one tab owns it and every tab is a view of it.
const connection = window.yeondae
  ? createElectronConnection(window.yeondae)
  : createTabConnection(content.deck, content.settings, options, warn);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
document.documentElement.dataset.view = options.view;
createRoot(root).render(
  <StrictMode>{options.view === 'presenter' ? <PresenterView connection={connection} /> : <AudienceView connection={connection} />}</StrictMode>,
);
