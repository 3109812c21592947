/**
 * The key combination that ends the show (`exitKeys`, `Ctrl+Shift+Q` by default), written
 * the way Electron writes accelerators. Only the host reads it, from `before-input-event`,
 * so it works only while one of the show's windows has focus, never system-wide.
 */
export interface ExitKeys {
  readonly control: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly meta: boolean;
  /** `CmdOrCtrl`: either Control or Command/Super will do. */
  readonly controlOrMeta: boolean;
  /** The key itself, as `KeyboardEvent.key` names it: `q`, `5`, `F12`, `Escape`. Lower case for letters. */
  readonly key: string;
  /** The physical key, as `KeyboardEvent.code` names it (`KeyQ`), when there is one. */
  readonly code: string | undefined;
}

/** One key press, as Electron's `before-input-event` describes it. */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly code: string;
  readonly control: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly meta: boolean;
  readonly isAutoRepeat?: boolean;
}

// Maps, not objects: the names come from a settings file, and `constructor` or
// `__proto__` must name nothing rather than a part of `Object.prototype`.
const MODIFIERS: ReadonlyMap<string, keyof Pick<ExitKeys, 'control' | 'alt' | 'shift' | 'meta' | 'controlOrMeta'>> = new Map([
  ['ctrl', 'control'],
  ['control', 'control'],
  ['alt', 'alt'],
  ['option', 'alt'],
  ['shift', 'shift'],
  ['meta', 'meta'],
  ['super', 'meta'],
  ['cmd', 'meta'],
  ['command', 'meta'],
  ['cmdorctrl', 'controlOrMeta'],
  ['commandorcontrol', 'controlOrMeta'],
]);

const NAMED_KEYS: ReadonlyMap<string, string> = new Map([
  ['esc', 'Escape'],
  ['escape', 'Escape'],
  ['enter', 'Enter'],
  ['return', 'Enter'],
  ['tab', 'Tab'],
  ['space', ' '],
  ['backspace', 'Backspace'],
  ['delete', 'Delete'],
  ['insert', 'Insert'],
  ['home', 'Home'],
  ['end', 'End'],
  ['pageup', 'PageUp'],
  ['pagedown', 'PageDown'],
]);

/** The key and physical code a written key names, or `undefined` for a key we do not know. */
function readKey(written: string): { key: string; code: string | undefined } | undefined {
  const lower = written.toLowerCase();
  if (/^[a-z]$/.test(lower)) return { key: lower, code: `Key${lower.toUpperCase()}` };
  if (/^[0-9]$/.test(lower)) return { key: lower, code: `Digit${lower}` };
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return { key: lower.toUpperCase(), code: lower.toUpperCase() };
  const named = NAMED_KEYS.get(lower);
  return named === undefined ? undefined : { key: named, code: named === ' ' ? 'Space' : named };
}

/**
 * Reads a combination such as `Ctrl+Shift+Q`. It must have exactly one key and at least
 * one of Ctrl, Alt, Meta or CmdOrCtrl (Shift alone only makes a capital letter), so that
 * no single key, and nothing a clicker sends, can end the show.
 */
export function parseExitKeys(text: string): ExitKeys | undefined {
  const parts = text.split('+').map((part) => part.trim());
  const keys: ExitKeys = { control: false, alt: false, shift: false, meta: false, controlOrMeta: false, key: '', code: undefined };
  let combination = keys;
  let key: ReturnType<typeof readKey>;
  for (const part of parts) {
    const modifier = MODIFIERS.get(part.toLowerCase());
    if (modifier !== undefined) {
      if (combination[modifier]) return undefined;
      combination = { ...combination, [modifier]: true };
      continue;
    }
    if (key !== undefined) return undefined;
    key = readKey(part);
    if (key === undefined) return undefined;
  }
  const deliberate = combination.control || combination.alt || combination.meta || combination.controlOrMeta;
  return key === undefined || !deliberate ? undefined : { ...combination, ...key };
}

/**
 * Whether a key press is the combination. The key matches by name or by physical key,
 * so `Ctrl+Shift+Q` still works while a Korean input method turns Q into ㅂ.
 */
export function matchesExitKeys(keys: ExitKeys, input: KeyInput): boolean {
  if (input.type !== 'keyDown' || input.isAutoRepeat === true) return false;
  const keyMatches = input.key.toLowerCase() === keys.key.toLowerCase() || (keys.code !== undefined && input.code === keys.code);
  const commandMatches = keys.controlOrMeta
    ? input.control || input.meta
    : input.control === keys.control && input.meta === keys.meta;
  return keyMatches && commandMatches && input.alt === keys.alt && input.shift === keys.shift;
}
