import { ALTERNATION_MODES } from '../../common/settings/show-settings';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';
import type { PresenterLabels } from './presenter-labels';

/** Buttons for everything the keys do, for a presenter with a mouse or a touch screen. */
export function PresenterControls({ snapshot, connection, labels }: { readonly snapshot: ShowSnapshot; readonly connection: ShowConnection; readonly labels: PresenterLabels }) {
  const { state, settings } = snapshot;
  const send = connection.send;
  return (
    <nav className="presenter-controls" aria-label={labels.controls}>
      <button type="button" onClick={() => send({ type: 'first' })}>
        {labels.first}
      </button>
      <button type="button" onClick={() => send({ type: 'previous' })}>
        {labels.previous}
      </button>
      <button type="button" className="presenter-next" onClick={() => send({ type: 'next' })}>
        {labels.next}
      </button>
      <button type="button" onClick={() => send({ type: 'last' })}>
        {labels.last}
      </button>
      <button type="button" aria-pressed={state.blank} onClick={() => send({ type: 'toggleBlank' })}>
        {labels.black}
      </button>
      <button type="button" aria-pressed={state.loop !== 'off'} onClick={() => send({ type: 'toggleLoop' })}>
        {labels.autoLoop}
      </button>
      <span className="presenter-modes" role="group" aria-label={labels.modeGroup}>
        {ALTERNATION_MODES.map((mode) => (
          <button key={mode} type="button" data-mode={mode} aria-pressed={settings.mode === mode} onClick={() => send({ type: 'setMode', mode })}>
            {labels.modes[mode]}
          </button>
        ))}
      </span>
    </nav>
  );
}
