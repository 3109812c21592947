/** A command's options as given: `--name value` or `--name=value`, and flags with no value. */
export interface CommandOptions {
  readonly values: Readonly<Record<string, string>>;
  readonly flags: ReadonlySet<string>;
}

/**
 * Reads a command's arguments against the options it knows (`valueNames` take a value,
 * `flagNames` none), or says what is wrong with them in one line.
 */
export function readOptions(args: readonly string[], valueNames: readonly string[], flagNames: readonly string[] = []): CommandOptions | string {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [name = '', inline] = arg.split(/=(.*)/su, 2);
    if (flagNames.includes(arg)) {
      flags.add(arg.slice(2));
    } else if (valueNames.includes(name)) {
      const value = inline ?? args[(index += 1)];
      if (value === undefined || value === '') return `${name} needs a value`;
      values[name.slice(2)] = value;
    } else {
      return `unknown argument "${arg}"`;
    }
  }
  return { values, flags };
}

/**
 * The arguments of a tool, parsed by `parse`; or, for `--help`, its usage on standard
 * output and exit code 0; or, for arguments it cannot use, what is wrong and its usage on
 * standard error and exit code 2.
 */
export function commandArgs<T>(tool: string, usage: string, args: readonly string[], parse: (args: readonly string[]) => T | string): T | number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${tool}: ${parsed}\n${usage}\n`);
    return 2;
  }
  return parsed;
}
