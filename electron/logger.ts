/**
 * Where the host reports what a person running the kiosk may need to act on: content
 * problems and refused IPC. A parameter rather than a global, so tests can read it.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * The logger the app uses for now. Every line carries a prefix because Electron mixes
 * our output with Chromium's own on the same terminal.
 */
export function createConsoleLogger(prefix = '[yeondae]'): Logger {
  return {
    info: (message) => console.log(`${prefix} ${message}`),
    warn: (message) => console.warn(`${prefix} ${message}`),
    error: (message) => console.error(`${prefix} ${message}`),
  };
}
