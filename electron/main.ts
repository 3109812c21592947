// The entry point of the main process, and the only file that imports Electron's real
// objects: everything it wires together takes them as parameters and is tested with fakes.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, screen, session } from 'electron';
import fallbackContent from 'virtual:yeondae-content';
import { runHost } from './host';
import { createRotatingLogFile } from '../node/log-file';
import { createConsoleLogger, createHostLogger } from '../node/logger';

const terminal = createConsoleLogger();
const logFile = createRotatingLogFile({
  folder: join(app.getPath('userData'), 'logs'),
  onFailure: (error) => terminal.warn(`cannot write the log file: ${String(error)}; logging to the terminal only`),
});
const log = createHostLogger(terminal, logFile);

runHost(
  {
    app,
    protocol,
    session,
    ipcMain,
    menu: Menu,
    // Electron's `screen` may be used only once the app is ready; the host reads it only then.
    get screen() {
      return screen;
    },
    powerSaveBlocker,
    createWindow: (options) => new BrowserWindow(options),
  },
  {
    preloadPath: join(__dirname, 'preload.cjs'),
    fallbackContent,
    log,
    // `electron .` (development) puts the app folder after the executable; a packaged app does not.
    argv: process.argv.slice(process.defaultApp === true ? 2 : 1),
    // The real command line: Chromium's own choices (such as --ozone-platform) are not in it.
    commandLine: process.argv.slice(1),
    execPath: process.execPath,
    env: process.env,
    platform: process.platform,
    print: (text) => process.stdout.write(text),
  },
).catch((error: unknown) => {
  log.error(`cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  app.exit(1);
});
