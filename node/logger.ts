/**
 * Where the host reports what a person running the kiosk may need to act on: content
 * problems, refused IPC, crashes and recoveries. A parameter rather than a global, so
 * tests can read it.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Somewhere whole log lines go, e.g. a rotating file (`log-file.ts`). */
export interface LogSink {
  write(line: string): void;
}

/**
 * A logger for the terminal. Every line carries a prefix because Electron mixes our
 * output with Chromium's own on the same terminal.
 */
export function createConsoleLogger(prefix = '[yeondae]'): Logger {
  return {
    info: (message) => console.log(`${prefix} ${message}`),
    warn: (message) => console.warn(`${prefix} ${message}`),
    error: (message) => console.error(`${prefix} ${message}`),
  };
}

/**
 * The app's logger: every message to the terminal and, with the time, to `file`, so
 * that whoever comes to a kiosk that ran all night can read what happened and when.
 */
export function createHostLogger(terminal: Logger, file: LogSink, now: () => Date = () => new Date()): Logger {
  const both = (level: keyof Logger) => (message: string): void => {
    terminal[level](message);
    file.write(`${now().toISOString()} ${level.padEnd(5)} ${message}`);
  };
  return { info: both('info'), warn: both('warn'), error: both('error') };
}
