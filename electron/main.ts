// The entry point of the main process, and the only file that imports Electron's real
// objects: everything it wires together takes them as parameters and is tested with fakes.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, screen, session } from 'electron';
import fallbackContent from 'virtual:yeondae-content';
import { runHost } from './host';
import { createConsoleLogger } from './logger';

const log = createConsoleLogger();

runHost(
  {
    app,
    protocol,
    session,
    ipcMain,
    menu: Menu,
    screen,
    createWindow: (options) => new BrowserWindow(options),
  },
  { preloadPath: join(__dirname, 'preload.cjs'), fallbackContent, log },
).catch((error: unknown) => {
  log.error(`cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  app.exit(1);
});
