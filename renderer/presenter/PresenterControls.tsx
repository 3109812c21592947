import { ALTERNATION_MODES } from '../../common/settings/show-settings';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';

/** Buttons for everything the keys do, for a presenter with a mouse or a touch screen. */
export function PresenterControls({ snapshot, connection }: { readonly snapshot: ShowSnapshot; readonly connection: ShowConnection }) {
  const { state, settings } = snapshot;
  const send = connection.send;
  return (
    <nav className="presenter-controls" aria-label="Show controls">
      <button type="button" onClick={() => send({ type: 'first' })}>
        |◀ First
      </button>
      <button type="button" onClick={() => send({ type: 'previous' })}>
        ◀ Previous
      </button>
      <button type="button" className="presenter-next" onClick={() => send({ type: 'next' })}>
        Next ▶
      </button>
      <button type="button" onClick={() => send({ type: 'last' })}>
        Last ▶|
      </button>
      <button type="button" aria-pressed={state.blank} onClick={() => send({ type: 'toggleBlank' })}>
        Black screen (B)
      </button>
      <button type="button" aria-pressed={state.loop !== 'off'} onClick={() => send({ type: 'toggleLoop' })}>
        Auto-loop (A)
      </button>
      <span className="presenter-modes" role="group" aria-label="Alternation mode (M)">
        {ALTERNATION_MODES.map((mode) => (
          <button key={mode} type="button" aria-pressed={settings.mode === mode} onClick={() => send({ type: 'setMode', mode })}>
            {mode}
          </button>
        ))}
      </span>
    </nav>
  );
}
