import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../common/content/load-content';
import { formatProblem } from '../../../common/content/problem';
import { parseYamlFile } from '../../../common/content/yaml-file';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { ALIAS_BOMB, ONE_SEGMENT } from '../../support/hostile-content';

/** The problems of a file that does not parse, one formatted line each; none for one that does. */
function problemsOf(text: string): string[] {
  const parsed = parseYamlFile('f.yaml', text);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

describe('parseYamlFile', () => {
  it('refuses a billion-laughs alias bomb in the statement with its line, instead of throwing', () => {
    const loaded = loadContent({ statement: `${ONE_SEGMENT}${ALIAS_BOMB}` });
    expect(loaded.ok).toBe(false);
    expect(loaded.problems.map(formatProblem)).toEqual([
      'content/statement.yaml:6: error: the aliases in this file (*name) copy their anchors too many times; write the values out instead',
    ]);
  });

  it('leaves out a settings file that is an alias bomb, with a warning, and loads the show', () => {
    const loaded = loadContent({ statement: ONE_SEGMENT, settings: ALIAS_BOMB });
    expect(loaded.ok && loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems.map(formatProblem)).toEqual([
      'content/settings.yaml:2: warning: the aliases in this file (*name) copy their anchors too many times; write the values out instead',
      'content/settings.yaml: warning: this file is ignored until it is fixed: every setting in it keeps its value from before',
    ]);
  });

  it('still reads a file that uses an anchor and an alias a few times', () => {
    const parsed = parseYamlFile('f.yaml', 'a: &name Palestine\nb: [*name, *name]\n');
    expect(parsed.ok && parsed.file.value).toEqual({ a: 'Palestine', b: ['Palestine', 'Palestine'] });
  });

  it('names an alias with no anchor before it', () => {
    expect(problemsOf('a: 1\nb: *nowhere\n')).toEqual(['f.yaml:2: error: the alias *nowhere names no anchor &nowhere set before it']);
  });

  it('refuses a file nested thousands deep with one line, before the YAML library can recurse into it', { timeout: 20_000 }, () => {
    expect(problemsOf(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toEqual([
      'f.yaml:1: error: this file nests lists and mappings more than 32 deep; a content file needs no more than 5',
    ]);
    // Once the library had overflowed its stack on the first file, V8 aborted the whole
    // process (out of memory in its regular expression compiler) on this one.
    const deepBlocks = Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth)}- `).join('\n');
    expect(problemsOf(deepBlocks)).toEqual([expect.stringMatching(/^f\.yaml:33: error: this file nests/u)]);
  });

  it('refuses a tag it does not know instead of dropping it silently', () => {
    expect(problemsOf('segments:\n  - id: one\n    en: !translate One.\n')).toEqual([
      'f.yaml:3: error: unknown tag !translate: content files use no YAML tags; remove it',
    ]);
  });

  it('says that a file holds two documents without naming a library function', () => {
    expect(problemsOf(`${ONE_SEGMENT}---\n${ONE_SEGMENT}`)).toEqual([
      'f.yaml:5: error: a second YAML document begins at this line (a `---` or `...` line ends the first); a content file holds only one',
    ]);
  });

  it('reports each syntax problem once, and counts what is past the first twenty', () => {
    const problems = problemsOf(Array.from({ length: 40 }, (_, line) => `key${line}: "unclosed\n`).join(''));
    expect(problems).toHaveLength(21);
    expect(new Set(problems).size).toBe(21);
    expect(problems.at(-1)).toMatch(/^f\.yaml: error: and \d+ more problems in this file$/u);
  });

  it('places a problem with an empty file on its first line', () => {
    expect(loadContent({ statement: '' }).problems.map(formatProblem)).toEqual(['content/statement.yaml:1: error: the file must have a `segments:` list']);
  });
});
