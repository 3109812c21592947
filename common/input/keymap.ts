import type { ShowCommand } from '../show/commands';

/** What a key asks for: a show command, or something of the window or host showing it. */
export type KeyAction =
  | ShowCommand
  | { readonly type: 'toggleFullscreen' }
  | { readonly type: 'openPresenter' }
  | { readonly type: 'toggleHelp' }
  /** The n-th written announcement (from 0), by its place in announcements.yaml. */
  | { readonly type: 'announceNumber'; readonly index: number };

/** The fields of a keyboard event the key map reads (a DOM `KeyboardEvent` fits). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

/**
 * Keys as presenters and their clickers send them. Logitech and Kensington remotes send
 * PageDown/PageUp, "." or B for black, and F5/Esc from their start button.
 */
const KEY_ACTIONS: Readonly<Record<string, KeyAction>> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  ' ': { type: 'next' },
  PageDown: { type: 'next' },
  n: { type: 'next' },
  Enter: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  p: { type: 'previous' },
  Backspace: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  b: { type: 'toggleBlank' },
  '.': { type: 'toggleBlank' },
  f: { type: 'toggleFullscreen' },
  // Auto-loop on/off, as reveal.js's A; the alternation mode in turn; the presenter view, as reveal.js's S.
  a: { type: 'toggleLoop' },
  m: { type: 'cycleMode' },
  s: { type: 'openPresenter' },
  // The clicker's start button: bring the picture back. It never ends the show.
  F5: { type: 'unblank' },
  // The list of keys, in the presenter view (the audience screen shows nothing but the show).
  '?': { type: 'toggleHelp' },
  // The announcements written in advance, 1 for the first; 0 takes the one up down.
  ...Object.fromEntries(Array.from({ length: 9 }, (_unused, index) => [String(index + 1), { type: 'announceNumber', index }])),
  '0': { type: 'endAnnouncement' },
};

/** Every key the show gives a meaning (as `KeyboardEvent.key`, letters in lower case), for the key help. */
export const MAPPED_KEYS: readonly string[] = Object.keys(KEY_ACTIONS);

/**
 * Keys the show swallows so the browser's own meaning for them cannot break the show:
 * F5 would reload the page and Esc would leave fullscreen in a browser.
 */
export const SWALLOWED_KEYS: ReadonlySet<string> = new Set(['F5', 'Escape']);

/** The action for a key press, or `undefined` when the key means nothing to the show. */
export function actionForKey(press: KeyPress): KeyAction | undefined {
  // Shortcuts with modifiers belong to the system (and later to deliberate combinations).
  if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return KEY_ACTIONS[key];
}

/** Whether the browser's default handling of this key must be stopped. */
export function isSwallowedKey(press: KeyPress): boolean {
  return actionForKey(press) !== undefined || SWALLOWED_KEYS.has(press.key);
}
