import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CANNOT_START } from '../../server/restart-policy';
import { freePort } from '../support/free-port';
import { useScratchFolders } from '../support/scratch-folders';
import { buildServeCli, httpStatus, processExists, startServeCli, untilAnswers, type ServeCli } from '../support/serve-cli';
import { connectClient } from '../support/socket-client';

// The real `npm run serve` (dist/server/serve.cjs, built from this source), on 127.0.0.1
// with a data folder of each test's own.
const scratch = useScratchFolders('yeondae-serve-');
const app = scratch();
let cli = '';
beforeAll(async () => {
  cli = await buildServeCli(app);
}, 60_000);

let running: ServeCli | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

/** The CLI on a free port, once it answers; with the log file it writes. */
async function serve(): Promise<{ cli: ServeCli; url: string; port: number; serverPid: number; logFile: string }> {
  const port = await freePort();
  const home = scratch();
  const started = (running = startServeCli(cli, ['--port', String(port)], home));
  const url = `http://127.0.0.1:${port}/`;
  await untilAnswers(url, 20_000);
  await started.waitForOutput(/runs as process \d+/);
  return { cli: started, url, port, serverPid: started.serverPid() ?? 0, logFile: join(home, 'Yeondae', 'logs', 'yeondae.log') };
}

describe('npm run serve (the supervisor and its show server)', () => {
  it('starts the show server again within a second or two of a kill -9, logs it, and a screen can connect again', async () => {
    const { cli: served, url, port, serverPid, logFile } = await serve();
    const killedAt = performance.now();
    process.kill(serverPid, 'SIGKILL');
    await served.waitForOutput(new RegExp(`process ${serverPid}\\) was killed by SIGKILL; started it again`));
    await untilAnswers(url);
    // The supervisor starts it within a second; the server itself takes about half a
    // second to listen on an idle machine, more on a busy one.
    expect(performance.now() - killedAt).toBeLessThan(3000);
    const restarted = served.serverPid() ?? 0;
    expect(restarted).not.toBe(serverPid);
    expect(processExists(serverPid)).toBe(false);
    expect(processExists(served.supervisor.pid ?? 0)).toBe(true);

    const screen = await connectClient(`ws://127.0.0.1:${port}/show-socket`, `http://127.0.0.1:${port}`, {});
    expect((await screen.next('welcome')).capability).toBe('control');
    await screen.next('state');
    screen.close();
    expect(readFileSync(logFile, 'utf8')).toMatch(new RegExp(`^\\S+ info  the show server \\(process ${serverPid}\\) was killed by SIGKILL; started it again \\(process ${restarted}\\)$`, 'm'));
  }, 40_000);

  it('ends both processes when the supervisor gets SIGTERM, and exits 0', async () => {
    const { cli: served, url, serverPid } = await serve();
    expect(await served.stop()).toEqual({ code: 0, signal: null });
    expect(processExists(serverPid)).toBe(false);
    expect(await httpStatus(url)).toBeUndefined();
    expect(served.output()).toContain('stopping the show server');
    expect(served.output()).not.toContain('started it again');
  }, 40_000);

  it('ends the show server too when the supervisor itself is killed with -9, so nothing is left holding the port', async () => {
    const { cli: served, url } = await serve();
    served.supervisor.kill('SIGKILL');
    await served.exited;
    // The server shares the supervisor's output: once that closes, the server has ended too.
    // (Its process, an orphan now, is reaped by whoever adopts it, so the process table cannot say.)
    await served.closed;
    expect(served.output()).toContain('stopping the show server');
    expect(await httpStatus(url)).toBeUndefined();
  }, 40_000);

  it('exits with 78 and starts nothing again when its port is in use', async () => {
    const port = await freePort();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const served = (running = startServeCli(cli, ['--port', String(port)], scratch()));
      expect(await served.exited).toEqual({ code: EXIT_CANNOT_START, signal: null });
      expect(served.output()).toMatch(/cannot serve the show: port \d+ on 127\.0\.0\.1 is in use/);
      expect(served.output()).not.toMatch(/started it again|runs as process/);
    } finally {
      taken.close();
    }
  }, 40_000);

  it('prints the flags for --help and exits 0, starting nothing again', async () => {
    const served = (running = startServeCli(cli, ['--help'], scratch()));
    expect(await served.exited).toEqual({ code: 0, signal: null });
    expect(served.output()).toMatch(/^Usage: npm run serve -- \[flags\]/);
    expect(served.output()).not.toMatch(/started it again|runs as process/);
  }, 40_000);
});
