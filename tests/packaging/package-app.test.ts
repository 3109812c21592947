// Packs the built app with the project's electron-builder config, against stand-in Electron
// binaries, and looks inside what it packed. Needs `npm run build` first (`npm test` does it).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { listPackage, statFile } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAND_IN_NOTICE } from '../../tools/packaging/electron-fuses';
import { projectPath } from '../support/project-content';
import { useScratchFolders } from '../support/scratch-folders';
import { createStandInElectron, fuseWire, packLinuxDir, type PackedApp } from '../../tools/packaging/stand-in-electron';

const MIB = 1024 * 1024;
/**
 * Measured at 4.59 MiB (the two bundles, the statement's cut-down font and Pretendard's 92
 * slices, the content, the read-along page, and the editor page with the importer and the
 * `yaml` library it runs in the page, 0.15 MiB); about 3% above that, so a new dependency in
 * main is seen.
 */
const ASAR_BUDGET_BYTES = 4.75 * MIB;
/** What electron-builder's `files` let in: nothing else may be in the archive. */
const ALLOWED_ROOTS = /^(package\.json|dist\/electron\/.+|dist\/renderer\/.+|content\/.+)$/;

const scratchFolder = useScratchFolders('yeondae-package-');

let standIn: PackedApp;
let withFuseWire: PackedApp;

beforeAll(async () => {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(projectPath(built))) throw new Error(`${built} is missing: run \`npm run build\` before this test (\`npm test\` does)`);
  }
  const scratch = scratchFolder();
  // Two packs at once: a placeholder without fuses, and one that carries a fuse wire as a
  // real Electron does, to see the flipping happen where electron-builder puts the binary.
  [standIn, withFuseWire] = await Promise.all([
    packLinuxDir(createStandInElectron(join(scratch, 'electron-plain')), join(scratch, 'out-plain')),
    packLinuxDir(createStandInElectron(join(scratch, 'electron-fused'), fuseWire()), join(scratch, 'out-fused')),
  ]);
}, 60_000);

describe('the packaged app', () => {
  const archive = (): string => join(standIn.appOutDir, 'resources', 'app.asar');
  /** Every file in app.asar, relative, with forward slashes; directories left out. */
  const packedFiles = (): string[] =>
    listPackage(archive(), { isPack: false })
      .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
      .filter((entry) => !('files' in statFile(archive(), entry)));

  it('packs the built app, its content and its package.json into app.asar', () => {
    const files = packedFiles();
    for (const required of [
      'package.json',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/licenses/Pretendard-OFL.txt',
      'content/statement.yaml',
      'content/settings.yaml',
      'content/announcements.yaml',
      'content/source/statement.txt',
    ]) {
      expect(files, required).toContain(required);
    }
    expect(files.filter((file) => /^dist\/renderer\/assets\/.+\.woff2$/.test(file)).length).toBeGreaterThan(0);
  });

  it('packs no sources, tests, source maps or node_modules, nothing outside the built app and content', () => {
    const files = packedFiles();
    expect(files.filter((file) => /\.tsx?$|\.map$|(^|\/)tests\/|(^|\/)node_modules\//.test(file))).toEqual([]);
    expect(files.filter((file) => !ALLOWED_ROOTS.test(file))).toEqual([]);
    expect(existsSync(join(standIn.appOutDir, 'resources', 'app.asar.unpacked'))).toBe(false);
  });

  it(`keeps app.asar within its budget of ${ASAR_BUDGET_BYTES / MIB} MiB`, () => {
    const size = statSync(archive()).size;
    console.log(`[packaging] app.asar is ${(size / MIB).toFixed(2)} MiB (${size} bytes); budget ${ASAR_BUDGET_BYTES / MIB} MiB`);
    expect(size).toBeLessThanOrEqual(ASAR_BUDGET_BYTES);
  });

  it('keeps only the English and Korean Chromium locales', () => {
    for (const [locale, kept] of [['en-US', true], ['ko', true], ['de', false]] as const) {
      expect(existsSync(join(standIn.appOutDir, 'locales', `${locale}.pak`)), locale).toBe(kept);
    }
  });
});

describe('the fuses of the packaged binary', () => {
  it('are left alone, saying so, when the binary is a stand-in without a fuse wire', () => {
    expect(standIn.output).toContain(STAND_IN_NOTICE);
  });

  it('are flipped in the binary electron-builder packed, when it carries a fuse wire', async () => {
    expect(withFuseWire.output).not.toContain(STAND_IN_NOTICE);
    const wire = await getCurrentFuseWire(join(withFuseWire.appOutDir, 'yeondae'));
    // '0' (48) off, '1' (49) on; LoadBrowserProcessSpecificV8Snapshot keeps the stand-in's default.
    const states = Object.entries(wire)
      .filter(([key]) => key !== 'version')
      .map(([, state]) => String.fromCharCode(Number(state)))
      .join('');
    expect(states).toBe('00001100');
  });
});
