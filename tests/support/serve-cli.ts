import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { buildElectron } from '../../tools/build-electron';
import { projectPath } from './project-content';

// `npm run serve` as a person runs it, for tests: the real bundles built from this source,
// run with node, with a data folder of the test's own. No vitest here: the open-network
// driver (tests/server/fixtures/) uses it too, inside a network namespace.

/**
 * Builds the app from this source into `folder`, laid out as the project is (the built
 * renderer and the content folder linked from it), so a test runs the CLI it changed, not
 * whatever `npm run build` left in dist/. Returns the path of `dist/server/serve.cjs`.
 */
export async function buildServeCli(folder: string): Promise<string> {
  await buildElectron({ outDir: join(folder, 'dist', 'electron'), warn: () => undefined });
  symlinkSync(projectPath('dist/renderer'), join(folder, 'dist', 'renderer'));
  symlinkSync(projectPath('content'), join(folder, 'content'));
  return join(folder, 'dist', 'server', 'serve.cjs');
}

/** A running `npm run serve`, as a test watches it. */
export interface ServeCli {
  /** The supervisor: the process `npm run serve` runs. */
  readonly supervisor: ChildProcess;
  /** Everything it (and the server, on the same terminal) printed so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, now or to come. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** The show server's process now, as the supervisor's last start line names it. */
  serverPid(): number | undefined;
  readonly exited: Promise<{ readonly code: number | null; readonly signal: string | null }>;
  /** Resolves once its output is closed: every process that shared it (the server too) has ended. */
  readonly closed: Promise<void>;
  /** SIGTERM, as a service manager stops it; the supervisor is killed if it has not ended within 10 s. */
  stop(): Promise<{ readonly code: number | null; readonly signal: string | null }>;
}

/** The supervisor's lines that name the show server's process. */
const SERVER_PID = /runs as process (\d+)|started it again \(process (\d+)\)/g;

/** Starts `node <cli> ...args` with its data folder in `configHome` (as `XDG_CONFIG_HOME`: node/data-folder.ts). */
export function startServeCli(cli: string, args: readonly string[], configHome: string): ServeCli {
  mkdirSync(configHome, { recursive: true });
  const supervisor = spawn(process.execPath, [cli, ...args], { env: { ...process.env, XDG_CONFIG_HOME: configHome }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const waiters = new Set<() => void>();
  const gather = (chunk: Buffer): void => {
    text += chunk.toString();
    for (const wake of [...waiters]) wake();
  };
  supervisor.stdout?.on('data', gather);
  supervisor.stderr?.on('data', gather);
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => supervisor.once('exit', (code, signal) => resolve({ code, signal })));
  const closed = new Promise<void>((resolve) => supervisor.once('close', () => resolve()));
  return {
    supervisor,
    output: () => text,
    waitForOutput(pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
          if (found === null) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${String(pattern)} within ${timeoutMs} ms in:\n${text}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    serverPid() {
      const last = [...text.matchAll(SERVER_PID)].at(-1);
      return last === undefined ? undefined : Number(last[1] ?? last[2]);
    },
    exited,
    closed,
    async stop() {
      supervisor.kill('SIGTERM');
      const timer = setTimeout(() => supervisor.kill('SIGKILL'), 10_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Whether a process is still there (`kill -0`). A reaped one is not; no test here leaves zombies. */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The status of a GET of `url` (never kept alive), or `undefined` when no answer came (refused, reset, silent for 2 s). */
export function httpStatus(url: string, headers: Readonly<Record<string, string>> = {}): Promise<number | undefined> {
  return new Promise((resolve) => {
    const asked = request(url, { headers, agent: false, timeout: 2000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
      response.on('error', () => resolve(response.statusCode));
    });
    asked.on('timeout', () => asked.destroy());
    asked.on('error', () => resolve(undefined));
    asked.end();
  });
}

/** Asks `url` every 50 ms until it answers 200; resolves with how long that took, rejects after `timeoutMs`. */
export async function untilAnswers(url: string, timeoutMs = 10_000): Promise<number> {
  const began = performance.now();
  while (performance.now() - began < timeoutMs) {
    if ((await httpStatus(url)) === 200) return performance.now() - began;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
