import { describe, expect, it } from 'vitest';
import { readSettingsFile } from '../../../common/settings/settings-file';
import { checkSettings, DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { themePair } from '../../../common/settings/theme-settings';

const FILE = 'content/settings.yaml';
const read = (text: string, lastGood = DEFAULT_SETTINGS) => readSettingsFile(FILE, text, DEFAULT_SETTINGS, lastGood);

describe('the theme settings', () => {
  it('default to white text on black', () => {
    expect(themePair(DEFAULT_SETTINGS)).toEqual({ background: '#000000', text: '#ffffff' });
  });

  it('turn the screen to black text on white with theme: white', () => {
    const checked = read('theme: white\n');
    expect(checked.problems).toEqual([]);
    expect(themePair(checked.settings)).toEqual({ background: '#ffffff', text: '#000000' });
  });

  it('take the organizers’ own colours with theme: custom, in #rgb or #rrggbb, either case', () => {
    const checked = read('theme: custom\nbackgroundColor: "#102030"\ntextColor: "#FFF"\n');
    expect(checked.problems).toEqual([]);
    expect(themePair(checked.settings)).toEqual({ background: '#102030', text: '#ffffff' });
  });

  it('refuse a pair under 7:1, on the line of the colour written, and keep the default at start', () => {
    const checked = read('theme: custom\nbackgroundColor: "#ffffff"\ntextColor: "#777"\n');
    expect(themePair(checked.settings)).toEqual({ background: '#000000', text: '#ffffff' });
    expect(checked.problems).toEqual([
      {
        severity: 'warning',
        file: FILE,
        line: 3,
        message: 'textColor #777777 on backgroundColor #ffffff has a contrast of 4.47:1, under the 7:1 that text read from across a room needs (WCAG AAA); keeping #ffffff on #000000',
      },
    ]);
  });

  it('keep the colours that were on screen when a live edit makes them too faint', () => {
    const onScreen = { ...DEFAULT_SETTINGS, theme: 'custom', backgroundColor: '#102030', textColor: '#f0f0f0' } as const;
    const checked = read('theme: custom\nbackgroundColor: "#102030"\ntextColor: "#303840"\n', onScreen);
    expect(themePair(checked.settings)).toEqual({ background: '#102030', text: '#f0f0f0' });
    expect(checked.problems.map((problem) => [problem.line, problem.message.split(';')[1]])).toEqual([[3, ' keeping #f0f0f0 on #102030']]);
  });

  it('accept a pair at 7:1 exactly, and refuse one a hair under', () => {
    expect(read('theme: custom\nbackgroundColor: "#fff"\ntextColor: "#595959"\n').problems).toEqual([]);
    expect(read('theme: custom\nbackgroundColor: "#fff"\ntextColor: "#5a5a5a"\n').problems).toHaveLength(1);
  });

  it('point at theme: custom when the file names no colour and the default ones are unreadable together', () => {
    const checked = checkSettings({ theme: 'custom' }, { ...DEFAULT_SETTINGS, backgroundColor: '#ffffff' });
    expect(checked.problems.map((problem) => problem.path)).toEqual([['theme']]);
  });

  it.each([
    ['an unquoted colour, which YAML reads as a comment', 'backgroundColor: #102030\n'],
    ['a colour name', 'backgroundColor: navy\n'],
    ['a colour with four digits', 'backgroundColor: "#1020"\n'],
    ['rgb()', 'backgroundColor: "rgb(16, 32, 48)"\n'],
  ])('explain how to write a colour when given %s, and keep the one before', (_case, line) => {
    const checked = read(`theme: custom\n${line}textColor: "#f0f0f0"\n`);
    expect(checked.settings.backgroundColor).toBe('#000000');
    expect(checked.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'backgroundColor must be a colour written "#rrggbb" or "#rgb", in quotes (e.g. backgroundColor: "#102030"); keeping "#000000"'],
    ]);
  });

  it('say that colours do nothing unless the theme is custom', () => {
    const checked = read('theme: white\ntextColor: "#202020"\n');
    expect(themePair(checked.settings)).toEqual({ background: '#ffffff', text: '#000000' });
    expect(checked.problems.map((problem) => [problem.line, problem.message])).toEqual([[2, 'textColor is used only with theme: custom (the theme is white); add theme: custom to use it']]);
  });

  it('refuse a theme that does not exist, naming the three that do', () => {
    const checked = read('theme: pink\n');
    expect(checked.settings.theme).toBe('black');
    expect(checked.problems[0]?.message).toBe('theme must be one of black, white, custom; keeping "black"');
  });
});
