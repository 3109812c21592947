import { describe, expect, it } from 'vitest';
import { FLAGS, parseFlags, usage } from '../../../common/host/flags';
import { checkSettings, DEFAULT_SETTINGS } from '../../../common/settings/settings';

describe('parseFlags', () => {
  it('reads nothing from no arguments', () => {
    expect(parseFlags([])).toEqual({ help: false, contentFolder: undefined, settingsOverrides: {}, written: {}, problems: [], passedOn: [] });
  });

  it('turns each settings flag into the raw value its setting field makes of it', () => {
    const flags = parseFlags(['--display', 'Epson', '--windowed', '--mirror', '--loop', '--mode=stacked', '--lang', 'ko']);
    expect(flags.settingsOverrides).toEqual({
      display: 'Epson',
      windowed: true,
      mirror: true,
      autoLoop: true,
      mode: 'stacked',
      languages: ['ko', 'en'],
    });
    expect(flags.problems).toEqual([]);
    expect(checkSettings(flags.settingsOverrides, DEFAULT_SETTINGS).problems).toEqual([]);
  });

  it('reads the content folder in both spellings', () => {
    expect(parseFlags(['--content', '/srv/rally']).contentFolder).toBe('/srv/rally');
    expect(parseFlags(['--content=/srv/rally 2']).contentFolder).toBe('/srv/rally 2');
  });

  it('never lets a yes/no flag take the next argument, but reads --loop=no', () => {
    const flags = parseFlags(['--windowed', '--loop=no']);
    expect(flags.settingsOverrides).toEqual({ windowed: true, autoLoop: false });
  });

  it('leaves bad values for the settings check to report, naming how they were written', () => {
    const flags = parseFlags(['--mode', 'banana', '--lang', 'fr']);
    expect(flags.written).toEqual({ mode: '--mode banana', languages: '--lang fr' });
    const checked = checkSettings(flags.settingsOverrides, DEFAULT_SETTINGS);
    expect(checked.problems.map((problem) => problem.path)).toEqual([['mode'], ['languages']]);
    expect(checked.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reports a flag with its value missing, and a stray argument', () => {
    expect(parseFlags(['--display']).problems).toEqual(['--display needs a value: --display WHICH']);
    expect(parseFlags(['--content', '--loop']).problems).toEqual(['--content needs a value: --content DIR']);
    expect(parseFlags(['slides']).problems).toEqual(['unexpected argument "slides" (see --help)']);
  });

  it("passes Chromium's and Electron's own switches on, untouched", () => {
    const flags = parseFlags(['--ozone-platform=x11', '--no-sandbox', '-psn_0_1234']);
    expect(flags.passedOn).toEqual(['--ozone-platform=x11', '--no-sandbox', '-psn_0_1234']);
    expect(flags.problems).toEqual([]);
  });

  it('reads --help and -h', () => {
    expect(parseFlags(['--help']).help).toBe(true);
    expect(parseFlags(['-h']).help).toBe(true);
  });
});

describe('usage', () => {
  it('lists every flag with its help', () => {
    const text = usage();
    for (const flag of FLAGS) expect(text).toContain(`--${flag.name}`);
    expect(text).toMatch(/--display WHICH +the audience display/);
  });
});
