// The show server's own process under `npm run serve`: started, and started again when it
// dies, by the supervisor in serve-main.ts. Bundled to dist/server/show-server-process.cjs
// by `npm run build`, with the built-in content compiled in as the fallback.
import { join } from 'node:path';
import fallbackContent from 'virtual:yeondae-content';
import { parseFlags, usage } from '../common/host/flags';
import { defaultDataFolder } from '../node/data-folder';
import { createRotatingLogFile } from '../node/log-file';
import { createConsoleLogger, createHostLogger } from '../node/logger';
import { EXIT_CANNOT_START, SERVING_MESSAGE } from './restart-policy';
import { describeServedShow, runShowServer } from './run-show-server';

const flags = parseFlags(process.argv.slice(2));
if (flags.help) {
  process.stdout.write(usage('npm run serve --'));
  process.exit(0);
}
const terminal = createConsoleLogger();
const dataFolder = defaultDataFolder(process.platform, process.env);
const log = createHostLogger(
  terminal,
  createRotatingLogFile({ folder: join(dataFolder, 'logs'), onFailure: (error) => terminal.warn(`cannot write the log file: ${String(error)}`) }),
);
// Node still prints the error and exits 1 (and the supervisor starts the server again);
// this only puts why in the log file too: on one line, since a guest may have chosen its
// text, and short, since a guest who found a way to crash it may do so once a second.
process.on('uncaughtExceptionMonitor', (error, origin) => {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log.error(`the show server failed (${origin}): ${text.replace(/\s*\n\s*/g, ' | ').slice(0, 600)}`);
});
// dist/server/show-server-process.cjs → the app folder is two levels up.
const appFolder = join(__dirname, '..', '..');

runShowServer({ flags, appFolder, dataFolder, fallbackContent, log }).then(
  (served) => {
    // The addresses carry the tokens: they go to the terminal only, never to the log file.
    process.stdout.write(describeServedShow(served.server));
    // Checked first: sending on a closed channel would be an error of its own.
    if (process.connected) process.send?.(SERVING_MESSAGE);
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      log.info('stopping the show server');
      void served.stop().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // The supervisor is gone (killed with -9, say): stop too, rather than hold the port with
    // nobody left to start the server again or to stop it with Ctrl+C.
    process.on('disconnect', stop);
    if (process.send !== undefined && !process.connected) stop();
  },
  (error: unknown) => {
    log.error(`cannot serve the show: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT_CANNOT_START);
  },
);
