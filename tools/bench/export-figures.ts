import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { treeMemory, type TreeMemory } from './process-memory';

/** How often the export's memory is read while it runs. */
const SAMPLE_EVERY_MS = 250;
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MiB`;

/**
 * `npm run export` of one round of the project's statement at 1920x1080, as a person runs
 * it (its own process, its own Chromiums), timed from start to the file written, with the
 * highest memory of the export's processes while it ran. Returns the bench's lines.
 */
export async function measureExportFigures(): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-bench-export-'));
  const file = join(folder, 'round.mp4');
  let peak: TreeMemory = { node: 0, others: 0 };
  let measured = true;
  try {
    const started = performance.now();
    const child = spawn(resolve('node_modules/.bin/tsx'), [resolve('tools/export.ts'), '--video', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const sampler = setInterval(() => {
      const now = child.pid === undefined ? undefined : treeMemory(child.pid);
      if (now === undefined) measured = false;
      else if (now.node + now.others > peak.node + peak.others) peak = now;
    }, SAMPLE_EVERY_MS);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) return [`export of one round at 1920x1080: failed (${stderr.trim().split('\n').at(-1) ?? code})`];
    const frames = /frame \d+ of (\d+)/u.exec(stderr)?.[1] ?? '?';
    const memory = measured ? `peak memory ${mib(peak.node + peak.others)} (PSS: Node ${mib(peak.node)}, the two Chromiums ${mib(peak.others)})` : 'peak memory not measured (Linux only)';
    const length = /^wrote \S+: (.+?), \d+x\d+/u.exec(stdout)?.[1] ?? '?';
    return [`npm run export of one round at 1920x1080 (${length} of video, ${frames} frames drawn): ${seconds.toFixed(1)} s (target ≤ 60 s), ${memory}, file ${(statSync(file).size / 1e6).toFixed(1)} MB`];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
