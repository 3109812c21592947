// A stand-in Electron for packing the app where no Electron binary can be downloaded (our
// machines): electron-builder needs only something shaped like an unpacked Electron. The
// packaging tests pack with it, and the benchmark weighs the app.asar it packs.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * The marker Electron compiles in front of its fuse wire, which @electron/fuses searches for
 * (it does not export it). A stand-in carrying it looks to the fuse tools like a real binary.
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * A fuse wire as Electron writes it: the sentinel, the wire version, the number of fuses and
 * one byte per fuse ('0' off, '1' on). The default states are Electron's own defaults.
 */
export function fuseWire(states = '10110001', version = 1): Buffer {
  return Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([version, states.length]), Buffer.from(states, 'latin1')]);
}

/**
 * Writes an unpacked "Electron" for Linux into `folder`: the executable electron-builder
 * renames to the app's name (a script that refuses to run, optionally carrying `wire`), and
 * chrome-sandbox, and a few locale files, since the config keeps only some locales and electron-builder reads
 * the folder to do so.
 */
export function createStandInElectron(folder: string, wire?: Buffer): string {
  mkdirSync(join(folder, 'locales'), { recursive: true });
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron for packing without one: not a real binary" >&2\nexit 1\n');
  writeFileSync(join(folder, 'electron'), wire === undefined ? script : Buffer.concat([script, wire]));
  chmodSync(join(folder, 'electron'), 0o755);
  // Electron's setuid sandbox helper: the .deb's postinst sets its mode.
  writeFileSync(join(folder, 'chrome-sandbox'), 'stand-in');
  chmodSync(join(folder, 'chrome-sandbox'), 0o755);
  for (const locale of ['en-US', 'ko', 'de']) writeFileSync(join(folder, 'locales', `${locale}.pak`), 'stand-in');
  return folder;
}

/**
 * An address that refuses connections at once: every proxy points there, so a download
 * electron-builder might attempt fails fast instead of quietly working where there is a
 * network, and the test proves that packaging needs none.
 */
const NO_NETWORK = 'http://127.0.0.1:9';

/** electron-builder finds the config and the built app relative to the project. */
const PROJECT_FOLDER = fileURLToPath(new URL('../..', import.meta.url));

/** What one electron-builder run left: where the unpacked app is, and everything it printed. */
export interface PackedApp {
  readonly appOutDir: string;
  readonly output: string;
}

/**
 * Packs the project as `npm run package` does, through electron-builder's command line and
 * the project's config file, for Linux, from `electronDist` and into `outputDir`: unpacked
 * (`--dir`, the default), or every target the config names (`configured`, what `npm run
 * package` builds on Linux).
 */
export async function packLinuxDir(electronDist: string, outputDir: string, target: '--dir' | 'configured' = '--dir'): Promise<PackedApp> {
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const args = [cli, '--config', 'electron-builder.config.ts', '--linux', ...(target === '--dir' ? ['--dir'] : []), '--x64', '--publish', 'never'];
  args.push(`-c.electronDist=${electronDist}`, `-c.directories.output=${outputDir}`);
  const env = { ...process.env, HTTP_PROXY: NO_NETWORK, HTTPS_PROXY: NO_NETWORK, http_proxy: NO_NETWORK, https_proxy: NO_NETWORK, NO_PROXY: '', no_proxy: '' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: PROJECT_FOLDER, env, maxBuffer: 16 * 1024 * 1024 });
    return { appOutDir: join(outputDir, 'linux-unpacked'), output: `${stdout}\n${stderr}` };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}
