// The entry point of the main process, and the only file that imports Electron's real
// objects: everything it wires together takes them as parameters and is tested with fakes.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, powerMonitor, powerSaveBlocker, protocol, screen, session } from 'electron';
import fallbackContent from 'virtual:yeondae-content';
import { runHost } from './host';
import { installLastResort } from './last-resort';
import { createRotatingLogFile } from '../node/log-file';
import { createConsoleLogger, createHostLogger } from '../node/logger';

const terminal = createConsoleLogger();
const logFile = createRotatingLogFile({
  folder: join(app.getPath('userData'), 'logs'),
  onFailure: (error) => terminal.warn(`cannot write the log file: ${String(error)}; logging to the terminal only`),
});
const log = createHostLogger(terminal, logFile);
// Before anything can throw (the lines above only build objects: Electron sets the userData
// path before main runs, and the log file is opened at its first line): from here on, no
// error reaches Electron's error dialog (see last-resort.ts). A storm of errors relaunches
// the app through the show's recovery once the show runs; before that there is no recovery
// history to keep a relaunch from looping, so the app logs and runs on.
let recoverShow: ((why: string) => void) | undefined;
installLastResort(process, log, (why) => {
  if (recoverShow !== undefined) recoverShow(why);
  else log.error(`${why}; the show is not running yet: the app runs on as it is`);
});

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
    // Like `screen`, `powerMonitor` is for after `ready` (docs/api/power-monitor.md).
    get powerMonitor() {
      return powerMonitor;
    },
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
    // Written once the callback runs (on an error too, say a pipe closed early).
    print: (text) => new Promise((resolve) => process.stdout.write(text, () => resolve())),
  },
).then(
  (show) => {
    recoverShow = show?.mainFailing;
  },
  (error: unknown) => {
    log.error(`cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    app.exit(1);
  },
);
