import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium';
import { startChromium } from './chromium-start';
import { EXPORT_CHROMIUM } from './export-browser';

/**
 * The first CPU this process may run on (Linux: `Cpus_allowed_list` in /proc), and the
 * `taskset` that keeps a program to it, if both are there.
 */
function oneCore(): { readonly cpu: string; readonly taskset: string } | undefined {
  try {
    const allowed = /^Cpus_allowed_list:\s*(\d+)/mu.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    const taskset = execFileSync('sh', ['-c', 'command -v taskset'], { encoding: 'utf8' }).trim();
    return allowed === undefined || taskset === '' ? undefined : { cpu: allowed, taskset };
  } catch {
    return undefined;
  }
}

const shellQuoted = (text: string): string => `'${text.replace(/'/gu, `'\\''`)}'`;

/**
 * A headless Chromium kept to one CPU, for the encoder. Chromium's software H.264 encoder
 * (OpenH264) splits a frame between as many threads as the machine has cores and moves
 * the split by how long each thread took, so its bytes change from run to run; on one core
 * it runs one thread, and the same pictures always give the same video. Where the CPU
 * cannot be chosen (no Linux `taskset`), it runs as any Chromium does.
 */
export async function launchChromiumOnOneCore(): Promise<Browser> {
  const executable = findChromium(EXPORT_CHROMIUM);
  const core = oneCore();
  if (core === undefined) return startChromium(executable, () => chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS, headless: true }));
  // Playwright starts the program it is given with its own arguments: a one-line wrapper puts taskset in front.
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-export-chromium-'));
  const wrapper = join(folder, 'chromium-on-one-core');
  writeFileSync(wrapper, `#!/bin/sh\nexec ${shellQuoted(core.taskset)} -c ${core.cpu} ${shellQuoted(executable)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  try {
    return await startChromium(executable, () => chromium.launch({ executablePath: wrapper, args: CHROMIUM_ARGS, headless: true }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
