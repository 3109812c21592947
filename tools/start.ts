// `npm start`: the show in Electron; where Electron's own program is missing (an offline
// install, a blocked network, our CI), the same show through the show server in a
// Chromium-family browser in kiosk mode, or, with no such browser, at an address to open.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ozoneSwitchForLaunch } from '../common/host/display-server';
import { parseFlags } from '../common/host/flags';
import { defaultDataFolder } from '../node/data-folder';
import { compileContentModule } from '../node/content-module';
import { createConsoleLogger } from '../node/logger';
import { describeServedShow, runShowServer } from '../server/run-show-server';
import { findBrowser, kioskArguments } from './start/find-browser';
import { findElectron } from './start/find-electron';

const projectFolder = resolve('.');
const args = process.argv.slice(2);
const electron = findElectron(projectFolder, process.env);

if ('path' in electron) {
  // X11 where the app needs it to place its windows, given at launch: Chromium settles its platform before the app runs.
  const ozone = ozoneSwitchForLaunch({ platform: process.platform, commandLine: args, env: process.env });
  const child = spawn(electron.path, ['.', ...(ozone === undefined ? [] : [ozone]), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`${electron.missing}\nShowing the show in a browser instead, through the show server (npm run serve).`);
  const flags = parseFlags(args);
  const log = createConsoleLogger();
  const fallbackContent = JSON.parse(compileContentModule(join(projectFolder, 'content')).json) as Parameters<typeof runShowServer>[0]['fallbackContent'];
  const dataFolder = defaultDataFolder(process.platform, process.env);
  const served = await runShowServer({ flags, appFolder: projectFolder, dataFolder, fallbackContent, log });
  const browser = findBrowser(process.platform, process.env);
  const network = served.server.network();
  const url = network.displayUrl ?? served.server.localUrl;
  if (browser === undefined) {
    process.stdout.write(describeServedShow(served.server));
    console.log('No Chromium, Chrome or Edge was found to show it fullscreen: open the audience address above in a browser.');
  } else {
    // The kiosk's own profile, apart from the person's browsing, kept in the app's data folder.
    const profile = join(dataFolder, 'kiosk-browser');
    console.log(`Opening the show in ${browser} (kiosk mode; end it with Alt+F4, and the server with Ctrl+C here).`);
    const child = spawn(browser, kioskArguments(url, profile), { stdio: 'ignore' });
    child.on('error', (error) => log.error(`cannot start ${browser}: ${error.message}; open ${served.server.localUrl} in a browser`));
    process.stdout.write(describeServedShow(served.server));
  }
  const stop = (): void => void served.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
