import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import content from 'virtual:yeondae-content';
import { chooseConnection, viewFromPath } from './connection/choose-connection';
import { parseUrlOptions } from './connection/url-options';
import { PresenterView } from './presenter/PresenterView';
import { RemoteView } from './remote/RemoteView';
import { AudienceView } from './show/AudienceView';
import './styles/show.css';
import './styles/presenter.css';
import './styles/remote.css';

const warn = (message: string): void => console.warn(message);
const options = parseUrlOptions(window.location.search, content.settings, warn);
const connection = chooseConnection(content, options, warn);
const view = viewFromPath(window.location.pathname) ?? options.view;

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
document.documentElement.dataset.view = view;
const views = { audience: AudienceView, presenter: PresenterView, remote: RemoteView } as const;
const View = views[view];
createRoot(root).render(
  <StrictMode>
    {connection === undefined ? (
      <p className="show-notice" role="alert">
        This window cannot reach the show: the app failed to set it up. Restart Yeondae; its log says what went wrong.
      </p>
    ) : (
      <View connection={connection} />
    )}
  </StrictMode>,
);
