import { settingField } from '../settings/settings';
import { likelyMeantFlag } from './flag-typos';

/** One command-line flag of the app, as `--help` and the README list it. */
export interface FlagSpec {
  readonly name: string;
  /** What follows the flag (`DIR`), or `undefined` for a yes/no flag that takes none. */
  readonly value: string | undefined;
  /** The value may be left out (`--network` alone): the next argument is taken only when it is not a flag. */
  readonly valueOptional?: boolean;
  /** The setting it sets; the folder flag sets none. */
  readonly setting: string | undefined;
  readonly help: string;
}

export const FLAGS: readonly FlagSpec[] = [
  { name: 'content', value: 'DIR', setting: undefined, help: 'read the statement and settings from DIR instead of the built-in content folder' },
  { name: 'display', value: 'WHICH', setting: 'display', help: 'the audience display: external, primary, left, right, 1, 2, ... or part of its name' },
  { name: 'mirror', value: undefined, setting: 'mirror', help: 'show the audience view on every display' },
  { name: 'windowed', value: undefined, setting: 'windowed', help: 'a normal window instead of fullscreen, to rehearse' },
  { name: 'loop', value: undefined, setting: 'autoLoop', help: 'advance by itself from the start (kiosk)' },
  { name: 'mode', value: 'MODE', setting: 'mode', help: 'how the languages take turns: sequence, in-place, stacked or single' },
  { name: 'lang', value: 'LANG', setting: 'languages', help: 'the language shown first: en or ko' },
  { name: 'network', value: 'ADDRESS', valueOptional: true, setting: 'network', help: 'serve the show to browsers: alone, on this computer only; with 0.0.0.0, an address or an interface, to the network (with tokens)' },
  { name: 'port', value: 'PORT', setting: 'networkPort', help: 'the show server\'s port (8765)' },
  { name: 'serve', value: undefined, setting: undefined, help: 'run only the show server, with no window (for a machine without a screen or without Electron)' },
  { name: 'autostart', value: 'on|off', setting: 'autostart', help: 'start at login from now on (on), or no longer (off)' },
  { name: 'help', value: undefined, setting: undefined, help: 'print this list and exit' },
];

/** The command line, read. Nothing here is checked against the settings schema yet: `checkSettings` does that. */
export interface ParsedFlags {
  readonly help: boolean;
  /** `--serve`: run the show server alone, with no window. */
  readonly serve: boolean;
  readonly contentFolder: string | undefined;
  /** Raw values by setting name, as the fields' `fromText` makes them, for `checkSettings`. */
  readonly settingsOverrides: Readonly<Record<string, unknown>>;
  /** How each setting was written on the command line (`--mode banana`), to name it in messages. */
  readonly written: Readonly<Record<string, string>>;
  /** Our flags used wrongly (a missing value, a stray argument). */
  readonly problems: readonly string[];
  /** Switches that are not ours, left to Electron and Chromium (`--ozone-platform=x11`, `--no-sandbox`). */
  readonly passedOn: readonly string[];
  /** Those of `passedOn` that look like a slip for one of ours (`--lnag=ko`), one line each for the person who typed them. */
  readonly notices: readonly string[];
}

const SPECS = new Map(FLAGS.map((spec) => [spec.name, spec]));
const NAMES = FLAGS.map((spec) => spec.name);

/**
 * Reads the app's arguments (without the executable and, in development, the app
 * folder). Flags take `--name value` or `--name=value`; yes/no flags never take the next
 * argument, but accept `--loop=no`. Never throws: whatever is wrong becomes a problem.
 */
export function parseFlags(args: readonly string[]): ParsedFlags {
  let help = false;
  let serve = false;
  let contentFolder: string | undefined;
  const overrides: Record<string, unknown> = {};
  const written: Record<string, string> = {};
  const problems: string[] = [];
  const passedOn: string[] = [];
  const notices: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '-h') {
      help = true;
      continue;
    }
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    const spec = match === null ? undefined : SPECS.get(match[1] ?? '');
    if (match === null || spec === undefined) {
      if (arg.startsWith('-')) passedOn.push(arg);
      else problems.push(`unexpected argument "${arg}" (see --help)`);
      const meant = arg.startsWith('-') ? likelyMeantFlag(arg, NAMES) : undefined;
      if (meant !== undefined) notices.push(`unknown flag ${arg}, passed to Chromium: did you mean --${meant}? (see --help)`);
      continue;
    }
    let value = match[2];
    if (value === '' && spec.value !== undefined) {
      // `--content=` would otherwise read the folder the app was started in.
      problems.push(`--${spec.name} needs a value: --${spec.name} ${spec.value}`);
      continue;
    }
    if (value === undefined && spec.value !== undefined) {
      const next = args[index + 1];
      if (spec.valueOptional === true && (next === undefined || next.startsWith('-'))) {
        value = '';
      } else if (next === undefined || next.startsWith('--')) {
        problems.push(`--${spec.name} needs a value: --${spec.name} ${spec.value}`);
        continue;
      } else {
        value = next;
        index += 1;
      }
    }
    if (spec.name === 'help') help = true;
    else if (spec.name === 'serve') serve = true;
    else if (spec.name === 'content') contentFolder = value;
    else if (spec.setting !== undefined) {
      const field = settingField(spec.setting);
      overrides[spec.setting] = field === undefined ? value : field.fromText(value ?? '');
      written[spec.setting] = value === undefined ? `--${spec.name}` : `--${spec.name} ${value}`;
    }
  }
  return { help, serve, contentFolder, settingsOverrides: overrides, written, problems, passedOn, notices };
}

/** What `--help` prints. */
export function usage(program = 'yeondae'): string {
  const shown = FLAGS.map((spec) => [`--${spec.name}${spec.value === undefined ? '' : spec.valueOptional === true ? `[=${spec.value}]` : ` ${spec.value}`}`, spec.help] as const);
  const width = Math.max(...shown.map(([flag]) => flag.length));
  return [
    `Usage: ${program} [flags]`,
    '',
    'Shows the statement of solidarity with Palestine, in English and Korean.',
    'Flags override the user settings file, which overrides the content folder settings.',
    '',
    ...shown.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
    '',
    'End the show with Ctrl+Shift+Q (or the exitKeys setting).',
    '',
  ].join('\n');
}
