import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ShowConnection } from './connection/show-connection';
import type { ViewName } from './connection/url-options';
import { PresenterView } from './presenter/PresenterView';
import { RemoteView } from './remote/RemoteView';
import { AudienceView } from './show/AudienceView';
import './styles/presenter.css';
import './styles/remote.css';

const views = { audience: AudienceView, presenter: PresenterView, remote: RemoteView } as const;

/**
 * Renders `view` into `root` with React, replacing whatever the page painted there ahead
 * of it (see boot/first-slide.ts). Without a connection, says plainly that there is no show.
 */
export function startApp(root: HTMLElement, view: Exclude<ViewName, 'read' | 'edit'>, connection: ShowConnection | undefined): void {
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
}
