import { isRecord } from '../content/is-record';

/**
 * One setting's rule: how to read it from a settings file (`parse`) or from a command-line
 * flag or address option (`fromText`), and what to tell a person who got it wrong.
 */
export interface SettingField<T> {
  /** What a valid value looks like, for messages: "a number of seconds from 1 to 600". */
  readonly expected: string;
  /** The value, or `undefined` when `raw` is not a valid value. */
  parse(raw: unknown): T | undefined;
  /** Turns the text of a flag (`--loop`, `--mode stacked`) into a raw value for `parse`. */
  fromText(text: string): unknown;
}

const identity = (text: string): unknown => text;

/** A yes/no setting; as a flag, `--name` alone means yes. */
export function booleanField(expected = 'true or false'): SettingField<boolean> {
  return {
    expected,
    parse: (raw) => (typeof raw === 'boolean' ? raw : undefined),
    fromText: (text) => (text === '' || text === 'true' || text === 'yes' ? true : text === 'false' || text === 'no' ? false : text),
  };
}

/** One of a fixed list of words. */
export function choiceField<T extends string>(choices: readonly T[]): SettingField<T> {
  return {
    expected: `one of ${choices.join(', ')}`,
    parse: (raw) => (choices as readonly unknown[]).includes(raw) ? (raw as T) : undefined,
    fromText: identity,
  };
}

/** A number within bounds, e.g. seconds. */
export function numberField(min: number, max: number, unit: string): SettingField<number> {
  return {
    expected: `a number of ${unit} from ${min} to ${max}`,
    parse: (raw) => (typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max ? raw : undefined),
    fromText: (text) => (text.trim() === '' ? text : Number(text)),
  };
}

/** A free text, e.g. a display's name. */
export function textField(expected: string, maxLength = 200): SettingField<string> {
  return {
    expected,
    parse: (raw) => (typeof raw === 'string' && raw.trim() !== '' && raw.length <= maxLength ? raw.trim() : undefined),
    fromText: identity,
  };
}

/** A mapping with one value for each of `keys`, each checked by `value`. */
export function perKeyField<K extends string, T>(keys: readonly K[], value: SettingField<T>, expected: string): SettingField<Readonly<Record<K, T>>> {
  return {
    expected,
    parse(raw) {
      if (!isRecord(raw) || Object.keys(raw).some((key) => !(keys as readonly string[]).includes(key))) return undefined;
      const entries = keys.map((key) => [key, value.parse(raw[key])] as const);
      return entries.every(([, parsed]) => parsed !== undefined) ? (Object.fromEntries(entries) as Record<K, T>) : undefined;
    },
    fromText: identity,
  };
}
