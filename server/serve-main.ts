// `npm run serve`: the show with no Electron at all. Bundled to dist/server/serve.cjs by
// `npm run build`, with the built-in content compiled in as the fallback.
import { join } from 'node:path';
import fallbackContent from 'virtual:yeondae-content';
import { parseFlags, usage } from '../common/host/flags';
import { defaultDataFolder } from '../node/data-folder';
import { createRotatingLogFile } from '../node/log-file';
import { createConsoleLogger, createHostLogger } from '../node/logger';
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
// dist/server/serve.cjs → the app folder is two levels up.
const appFolder = join(__dirname, '..', '..');

runShowServer({ flags, appFolder, dataFolder, fallbackContent, log }).then(
  (served) => {
    // The addresses carry the tokens: they go to the terminal only, never to the log file.
    process.stdout.write(describeServedShow(served.server));
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      log.info('stopping the show server');
      void served.stop().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    log.error(`cannot serve the show: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
