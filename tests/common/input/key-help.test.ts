import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEY_HELP } from '../../../common/input/key-help';
import { actionForKey, MAPPED_KEYS, SWALLOWED_KEYS } from '../../../common/input/keymap';

const press = (key: string) => ({ key, ctrlKey: false, altKey: false, metaKey: false });

/** The rows of the README's Keys table, as [keys, does]. */
function readmeKeyRows(): string[][] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## /mu).find((part) => part.startsWith('Keys\n')) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Key |') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('the key help', () => {
  it('lists every key the key map gives a meaning, and the swallowed ones, each on exactly one line', () => {
    const listed = KEY_HELP.flatMap((row) => row.presses);
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(new Set([...MAPPED_KEYS, ...SWALLOWED_KEYS]));
  });

  it('puts on one line only keys that do the same thing', () => {
    // A line with " / " pairs two keys' meanings (Home / End, 1 … 9 / 0); each half is one meaning.
    for (const row of KEY_HELP.filter((each) => !each.keys.includes(' / '))) {
      const actions = row.presses.map((key) => JSON.stringify(actionForKey(press(key)) ?? null));
      expect(new Set(actions).size, row.keys).toBe(1);
    }
  });

  it("says word for word what the README's Keys table says", () => {
    expect(readmeKeyRows()).toEqual(KEY_HELP.map((row) => [row.keys, row.does.en]));
  });

  it('has every line in Korean too', () => {
    for (const row of KEY_HELP) expect(row.does.ko, row.keys).toMatch(/[가-힣]/u);
  });
});
