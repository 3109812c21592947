import { execFile } from 'node:child_process';
import { projectPath } from '../../support/project-content';

/** What `npm run export` did: its exit code and what it wrote to the terminal. */
export interface ExportRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run export -- ...args` (the tool itself: `npm test` has built the renderer), without blocking the test's browser. */
export function runExport(...args: string[]): Promise<ExportRun> {
  return new Promise((resolve) => {
    execFile(projectPath('node_modules/.bin/tsx'), [projectPath('tools/export.ts'), ...args], { cwd: projectPath(''), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ status, stdout, stderr });
    });
  });
}

/** Runs an export that must succeed; its output otherwise says why it failed. */
export async function exportOrFail(...args: string[]): Promise<ExportRun> {
  const run = await runExport(...args);
  if (run.status !== 0) throw new Error(`npm run export -- ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  return run;
}
