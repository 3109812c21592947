import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC } from '../../common/ipc/contract';
import { cleanUpHosts, readyHost } from './support/host-harness';

afterEach(cleanUpHosts);

describe('a restart', () => {
  it('comes back on the slide, language, mode and loop it left, saved atomically in show-state.json', async () => {
    const first = await readyHost();
    for (const command of [{ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'setMode', mode: 'in-place' }, { type: 'toggleLoop' }]) {
      first.ipcMain.send(first.audience.webContents.mainFrame, IPC.command, command);
    }
    const before = first.show.store.getSnapshot();
    first.app.quit();
    expect(JSON.parse(readFileSync(join(first.userData, 'show-state.json'), 'utf8'))).toMatchObject({ version: 1, mode: 'in-place', looping: true });

    const second = await readyHost({ userData: first.userData });
    const after = second.show.store.getSnapshot();
    expect(after.settings.mode).toBe('in-place');
    expect(after.state).toMatchObject({ frame: before.state.frame, langTurn: before.state.langTurn, loop: 'running', blank: false });
  });

  it('lets this launch’s flags win over the saved show', async () => {
    const first = await readyHost();
    first.show.store.dispatch({ type: 'setMode', mode: 'in-place' });
    first.app.quit();
    const second = await readyHost({ userData: first.userData, argv: ['--mode', 'stacked'] });
    expect(second.show.store.getSnapshot().settings.mode).toBe('stacked');
  });

  it('logs and ignores a corrupt saved show, starting from the first slide', async () => {
    const { show, log } = await readyHost({ dataFiles: { 'show-state.json': '{"version":1,"slideId":"1' } });
    expect(show.store.getSnapshot().state.frame).toBe(0);
    expect(log.lines.some((line) => /^warn: ignoring the saved show in .*show-state\.json: not valid JSON/.test(line))).toBe(true);
  });
});

describe('settings precedence', () => {
  const contentSettings = 'mode: in-place\nautoLoop: true\n';

  it('runs the content folder settings, overridden by the user settings file, overridden by flags', async () => {
    const contentOnly = await readyHost({ contentSettings });
    expect(contentOnly.show.store.getSnapshot().settings).toMatchObject({ mode: 'in-place', autoLoop: true });
    const user = await readyHost({ contentSettings, userSettings: 'mode: stacked\n' });
    expect(user.show.store.getSnapshot().settings).toMatchObject({ mode: 'stacked', autoLoop: true });
    const flags = await readyHost({ contentSettings, userSettings: 'mode: stacked\n', argv: ['--mode', 'single', '--loop=no'] });
    expect(flags.show.store.getSnapshot().settings).toMatchObject({ mode: 'single', autoLoop: false });
    expect(flags.show.store.getSnapshot().state.loop).toBe('off');
  });

  it('runs on the last good settings when the user file and a flag are bad, and lists both problems with file, line or flag', async () => {
    const { show, log, userData } = await readyHost({ contentSettings, userSettings: 'mode: stacked\nwindowed: maybe\n', argv: ['--lang', 'fr', 'extra'] });
    expect(show.store.getSnapshot().settings).toMatchObject({ mode: 'stacked', windowed: false, languages: ['en', 'ko'] });
    const expected = [
      'unexpected argument "extra" (see --help)',
      `${join(userData, 'settings.yaml')}:2: warning: windowed must be true or false; keeping false`,
      'command line: warning: --lang fr: languages must be each of en, ko once, e.g. [en, ko]; keeping ["en","ko"]',
    ];
    expect(show.problems.list().filter((line) => !line.includes('statement.yaml'))).toEqual(expected);
    for (const line of expected) expect(log.lines).toContain(`warn: ${line}`);
  });
});
