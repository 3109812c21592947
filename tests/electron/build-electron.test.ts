import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildElectron, OPTIONAL_NATIVE } from '../../tools/build-electron';
import { ALIAS_BOMB, ONE_SEGMENT } from '../support/hostile-content';
import { useScratchFolders } from '../support/scratch-folders';

const folders = useScratchFolders('yeondae-build-');
/** The builds' folder, for the whole file. */
const scratch = folders();

/** Every module a CommonJS bundle requires at run time. */
const requiredModules = (bundle: string): string[] => [...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? '');

describe('build-electron', () => {
  const outDir = join(scratch, 'ok');
  const warnings: string[] = [];
  const built = buildElectron({ outDir, warn: (message) => warnings.push(message) });

  it('bundles main and the preload as CommonJS files', async () => {
    await built;
    for (const file of ['main.cjs', 'preload.cjs']) {
      expect(readFileSync(join(outDir, file), 'utf8'), file).toMatch(/^"use strict";/);
    }
  });

  it('leaves the sandboxed preload nothing to require but electron', async () => {
    await built;
    expect(requiredModules(readFileSync(join(outDir, 'preload.cjs'), 'utf8'))).toEqual(['electron']);
  });

  it("leaves main nothing to require but electron, Node built-ins and ws's optional speed-ups (required inside try)", async () => {
    await built;
    const foreign = requiredModules(readFileSync(join(outDir, 'main.cjs'), 'utf8')).filter(
      (name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name) && !OPTIONAL_NATIVE.includes(name),
    );
    expect(foreign).toEqual([]);
  });

  it('compiles the content folder into main as the fallback show', async () => {
    await built;
    const main = readFileSync(join(outDir, 'main.cjs'), 'utf8');
    expect(main).toContain('As anti-imperialist Koreans, we stand unequivocally with Palestine');
  });

  it('builds npm run serve as a supervisor that requires only Node built-ins and holds no content, beside the server it starts, which holds the fallback', async () => {
    await built;
    const supervisor = readFileSync(join(scratch, 'server', 'serve.cjs'), 'utf8');
    expect(requiredModules(supervisor).filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))).toEqual([]);
    expect(supervisor).toContain('show-server-process.cjs');
    expect(supervisor).not.toContain('As anti-imperialist Koreans');
    expect(readFileSync(join(scratch, 'server', 'show-server-process.cjs'), 'utf8')).toContain('As anti-imperialist Koreans, we stand unequivocally with Palestine');
  });

  it('fails with the file, line and problem when the content is broken', async () => {
    const content = folders();
    writeFileSync(join(content, 'statement.yaml'), 'segments: 5\n');
    await expect(buildElectron({ outDir: join(scratch, 'broken'), contentFolder: content, warn: () => undefined })).rejects.toThrow(
      /the content cannot be built:\n.*statement\.yaml:1: error: /,
    );
  });

  it('fails naming the file and line of an alias bomb in the statement, and only warns of one in the settings', async () => {
    const content = folders();
    writeFileSync(join(content, 'statement.yaml'), `${ONE_SEGMENT}${ALIAS_BOMB}`);
    await expect(buildElectron({ outDir: join(scratch, 'bomb'), contentFolder: content, warn: () => undefined })).rejects.toThrow(
      /the content cannot be built:\n.*statement\.yaml:6: error: the aliases in this file/,
    );
    writeFileSync(join(content, 'statement.yaml'), ONE_SEGMENT);
    writeFileSync(join(content, 'settings.yaml'), ALIAS_BOMB);
    const warned: string[] = [];
    await buildElectron({ outDir: join(scratch, 'bombed-settings'), contentFolder: content, warn: (message) => warned.push(message) });
    expect(warned[0]).toMatch(/settings\.yaml:2: warning: the aliases in this file/u);
  });
});
