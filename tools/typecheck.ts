/**
 * Type-checks each layer against its own tsconfig (each layer sees only the types it may
 * use), as many at once as the machine has cores: `npm run typecheck`. Each check's
 * output is printed whole, in the order of the list, and any failure fails the command.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The largest first (tools takes in the tests and most layers), so the small ones fill the other cores meanwhile. */
const LAYERS = ['tools', 'renderer', 'electron', 'server', 'common'];

interface Checked {
  readonly layer: string;
  readonly passed: boolean;
  readonly output: string;
}

function check(layer: string): Promise<Checked> {
  return new Promise((resolve) => {
    const tsc = spawn(process.execPath, [TSC, '-p', `tsconfig.${layer}.json`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tsc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    tsc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    tsc.on('error', (error) => resolve({ layer, passed: false, output: `${output}${error.message}\n` }));
    tsc.on('close', (code) => resolve({ layer, passed: code === 0, output }));
  });
}

async function checkAll(): Promise<readonly Checked[]> {
  const results: Checked[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < LAYERS.length; index = next++) results[index] = await check(LAYERS[index] as string);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), LAYERS.length) }, worker));
  return results;
}

void checkAll().then((results) => {
  for (const result of results) {
    process.stdout.write(result.output);
    console.log(`typecheck ${result.layer}: ${result.passed ? 'passed' : 'FAILED'}`);
  }
  if (results.some((result) => !result.passed)) process.exitCode = 1;
});
