import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useScratchFolders } from '../support/scratch-folders';
import { parseFlags } from '../../common/host/flags';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings/settings';
import { layerSettings } from '../../server/launch-settings';
import { EUC_KR_SETTINGS } from '../support/hostile-content';

const scratch = useScratchFolders('yeondae-settings-');
/** A user settings file with `text`, or none. */
function userFile(text?: string): string {
  const folder = scratch();
  const file = join(folder, 'settings.yaml');
  if (text !== undefined) writeFileSync(file, text);
  return file;
}

// What the content folder's settings.yaml said.
const CONTENT: Settings = { ...DEFAULT_SETTINGS, mode: 'in-place', display: 'primary', autoLoop: true };

describe('layerSettings', () => {
  it('takes the content folder settings when there is no user file and no flag', () => {
    expect(layerSettings(CONTENT, userFile(), parseFlags([]))).toEqual({ settings: CONTENT, problems: [], fromFlags: new Set() });
  });

  it('lets the user file override the content folder, and flags override both', () => {
    const layered = layerSettings(CONTENT, userFile('mode: stacked\ndisplay: Epson\nwindowed: true\n'), parseFlags(['--display', '2', '--lang', 'ko']));
    expect(layered.settings).toMatchObject({ mode: 'stacked', display: '2', windowed: true, languages: ['ko', 'en'], autoLoop: true });
    expect(layered.fromFlags).toEqual(new Set(['display', 'languages']));
    expect(layered.problems).toEqual([]);
  });

  it('reports a bad value in the user file with its file and line, keeping the content folder value', () => {
    const file = userFile('windowed: true\nmode: banana\n');
    const layered = layerSettings(CONTENT, file, parseFlags([]));
    expect(layered.settings).toMatchObject({ mode: 'in-place', windowed: true });
    expect(layered.problems).toEqual([`${file}:2: warning: mode must be one of sequence, in-place, stacked, single; keeping "in-place"`]);
  });

  it('warns about a user file that is not YAML and runs on the content folder settings', () => {
    const file = userFile('mode: [stacked\n');
    const layered = layerSettings(CONTENT, file, parseFlags([]));
    expect(layered.settings).toEqual(CONTENT);
    expect(layered.problems).toEqual([
      expect.stringMatching(new RegExp(`^${file}:\\d+: warning: `)),
      `${file}: warning: this file is ignored until it is fixed: every setting in it keeps its value from before`,
    ]);
  });

  it('leaves out a user file that is not UTF-8, with a warning naming its line', () => {
    const file = scratch();
    writeFileSync(join(file, 'settings.yaml'), EUC_KR_SETTINGS);
    const layered = layerSettings(CONTENT, join(file, 'settings.yaml'), parseFlags([]));
    expect(layered.settings).toEqual(CONTENT);
    expect(layered.problems[0]).toMatch(/settings\.yaml:1: warning: this file is not UTF-8 text/u);
  });

  it('reports an unknown setting in the user file', () => {
    const layered = layerSettings(CONTENT, userFile('fullscreen: false\n'), parseFlags([]));
    expect(layered.problems[0]).toMatch(/settings\.yaml:1: warning: unknown setting "fullscreen"/);
  });

  it('reports a bad flag as written, keeping the value from the user file, and does not count it as set', () => {
    const layered = layerSettings(CONTENT, userFile('mode: stacked\n'), parseFlags(['--mode', 'banana', '--lang', 'fr']));
    expect(layered.settings).toMatchObject({ mode: 'stacked', languages: ['en', 'ko'] });
    expect(layered.problems).toEqual([
      'command line: warning: --mode banana: mode must be one of sequence, in-place, stacked, single; keeping "stacked"',
      'command line: warning: --lang fr: languages must be each of en, ko once, e.g. [en, ko]; keeping ["en","ko"]',
    ]);
    expect(layered.fromFlags).toEqual(new Set());
  });
});
