import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { deckModulePlugin } from '../../node/deck-module-plugin';
import { ALIAS_BOMB, LATIN1_STATEMENT, ONE_SEGMENT } from '../support/hostile-content';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-plugin-');

/** What the plugin does once Vite has resolved a config for `command`: the lines it stops the build with, if it does. */
function checkBeforeBuild(folder: string, config: { command: 'build' | 'serve'; watch?: object }): readonly string[] | undefined {
  let stoppedWith: readonly string[] | undefined;
  // The fake stop throws this, as process.exit would not return; anything else the hook
  // throws is a failure of the hook, and fails the test.
  const stopped = new Error('stopped');
  const plugin = deckModulePlugin(folder, (lines) => {
    stoppedWith = lines;
    throw stopped;
  });
  const hook = plugin.configResolved as (config: ResolvedConfig) => void;
  try {
    hook({ command: config.command, build: { watch: config.watch ?? null } } as unknown as ResolvedConfig);
  } catch (error) {
    if (error !== stopped) throw error;
  }
  return stoppedWith;
}

describe('deckModulePlugin', () => {
  it('stops a build on broken content with only its problem lines, before Vite can print a stack trace', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'statement.yaml'), `${ONE_SEGMENT}${ALIAS_BOMB}`);
    const lines = checkBeforeBuild(folder, { command: 'build' });
    expect(lines).toEqual([
      expect.stringMatching(/statement\.yaml:6: error: the aliases in this file/u),
      'the content cannot be built: fix the lines above and build again',
    ]);
  });

  it('stops a build on a statement that is not UTF-8, naming the line', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'statement.yaml'), LATIN1_STATEMENT);
    expect(checkBeforeBuild(folder, { command: 'build' })?.[0]).toMatch(/statement\.yaml:3: error: this file is not UTF-8 text/u);
  });

  it('lets a build with good content, or with only settings warnings, go on', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'statement.yaml'), ONE_SEGMENT);
    writeFileSync(join(folder, 'settings.yaml'), 'mode: sideways\n');
    expect(checkBeforeBuild(folder, { command: 'build' })).toBeUndefined();
  });

  it('leaves broken content to the error Vite shows under the dev server and in a watching build', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'statement.yaml'), 'segments: 5\n');
    expect(checkBeforeBuild(folder, { command: 'serve' })).toBeUndefined();
    expect(checkBeforeBuild(folder, { command: 'build', watch: {} })).toBeUndefined();
  });
});
