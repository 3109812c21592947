import { describe, expect, it } from 'vitest';
import { FLAGS, parseFlags, usage } from '../../../common/host/flags';
import { checkSettings, DEFAULT_SETTINGS } from '../../../common/settings/settings';

describe('parseFlags', () => {
  it('reads nothing from no arguments', () => {
    expect(parseFlags([])).toEqual({ help: false, serve: false, contentFolder: undefined, settingsOverrides: {}, written: {}, problems: [], passedOn: [], notices: [] });
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

  it('says that --content= needs a value, instead of reading the folder the app started in', () => {
    const flags = parseFlags(['--content=']);
    expect(flags.contentFolder).toBeUndefined();
    expect(flags.problems).toEqual(['--content needs a value: --content DIR']);
    expect(parseFlags(['--display=']).problems).toEqual(['--display needs a value: --display WHICH']);
  });

  it('passes a misspelt flag to Chromium, saying so and naming the flag it looks like', () => {
    const flags = parseFlags(['--lnag=ko', '--loop']);
    expect(flags.passedOn).toEqual(['--lnag=ko']);
    expect(flags.notices).toEqual(['unknown flag --lnag=ko, passed to Chromium: did you mean --lang? (see --help)']);
    expect(flags.settingsOverrides).toEqual({ autoLoop: true });
  });

  it.each([
    ['--dispaly=2', 'display'],
    ['--windowd', 'windowed'],
    ['--contnet=/srv/rally', 'content'],
    ['--mdoe=stacked', 'mode'],
    ['--loops', 'loop'],
    ['-lang=ko', 'lang'],
    ['--Mode=single', 'mode'],
    ['--mirorr', 'mirror'],
  ])('takes %s for a slip of --%s', (arg, meant) => {
    expect(parseFlags([arg]).notices).toEqual([`unknown flag ${arg}, passed to Chromium: did you mean --${meant}? (see --help)`]);
  });

  it("never calls Chromium's or Electron's own switches misspelt", () => {
    const switches = [
      '--ozone-platform=wayland',
      '--no-sandbox',
      '--enable-logging',
      '--enable-logging=stderr',
      '--inspect',
      '--inspect=9229',
      '--inspect-brk',
      '--remote-debugging-port=9222',
      '--disable-gpu',
      '--disable-gpu-compositing',
      '--enable-features=UseOzonePlatform,WaylandWindowDecorations',
      '--use-gl=egl',
      '--v=1',
      '--vmodule=display*=2',
      '--log-level=0',
      '--user-data-dir=/tmp/profile',
      '--kiosk',
      '--start-fullscreen',
      '--force-device-scale-factor=1.5',
      '--js-flags=--expose-gc',
      '--class=yeondae',
      '--name=yeondae',
      '--app=yeondae',
      '--headless',
      '--disable-dev-shm-usage',
      '--no-zygote',
      '--trace-warnings',
      '-psn_0_1234',
    ];
    const flags = parseFlags(switches);
    expect(flags.passedOn).toEqual(switches);
    expect(flags.notices).toEqual([]);
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
    expect(text).toMatch(/--display WHICH +the audience display/u);
    expect(text).toMatch(/--network\[=ADDRESS\] +serve the show to browsers/u);
  });
});

describe('the show server flags', () => {
  it('--network alone serves this computer only; with an address, the network', () => {
    expect(parseFlags(['--network']).settingsOverrides).toEqual({ network: 'local' });
    expect(parseFlags(['--network', '--loop']).settingsOverrides).toEqual({ network: 'local', autoLoop: true });
    expect(parseFlags(['--network', '0.0.0.0']).settingsOverrides).toEqual({ network: '0.0.0.0' });
    expect(parseFlags(['--network=wlan0', '--port', '9000']).settingsOverrides).toEqual({ network: 'wlan0', networkPort: 9000 });
  });

  it('--serve asks for the server alone, and sets no setting', () => {
    const flags = parseFlags(['--serve']);
    expect(flags.serve).toBe(true);
    expect(flags.settingsOverrides).toEqual({});
  });
});
