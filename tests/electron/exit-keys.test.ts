import { afterEach, describe, expect, it } from 'vitest';
import { parseExitKeys } from '../../common/host/exit-keys';
import { IPC } from '../../common/ipc/contract';
import { quitOnExitKeys } from '../../electron/exit-keys';
import { FakeWebContents } from './support/fake-electron';
import { recordingLogger } from '../support/recording-logger';
import { cleanUpHosts, readyHost } from './support/host-harness';

afterEach(cleanUpHosts);

function watched(written = 'Ctrl+Shift+Q') {
  const keys = parseExitKeys(written);
  if (keys === undefined) throw new Error(`${written} must parse`);
  const contents = new FakeWebContents();
  const quits: string[] = [];
  const log = recordingLogger();
  quitOnExitKeys(contents, keys, written, () => quits.push('quit'), log);
  return { contents, quits, log };
}

describe('exit keys', () => {
  it('ends the show on Ctrl+Shift+Q, keeping the keys from the page, and logs it', () => {
    const { contents, quits, log } = watched();
    expect(contents.press('Q', 'KeyQ', { control: true, shift: true })).toBe(true);
    expect(quits).toEqual(['quit']);
    expect(log.lines).toEqual(['info: Ctrl+Shift+Q pressed: ending the show']);
  });

  it.each([
    ['Escape', 'Escape', {}],
    ['q', 'KeyQ', {}],
    ['F4', 'F4', { alt: true }],
    ['q', 'KeyQ', { control: true }],
    ['w', 'KeyW', { control: true }],
    ['PageDown', 'PageDown', {}],
  ] as const)('lets %s (%s) through to the page and never quits on it', (key, code, modifiers) => {
    const { contents, quits } = watched();
    expect(contents.press(key, code, modifiers)).toBe(false);
    expect(quits).toEqual([]);
  });

  it('uses the exitKeys setting of the running show, in every window', async () => {
    const { audience, presenterWindows, app, ipcMain } = await readyHost({ userSettings: 'exitKeys: Ctrl+Alt+End\n' });
    audience.webContents.press('Q', 'KeyQ', { control: true, shift: true });
    expect(app.calls).not.toContain('quit');
    ipcMain.send(audience.webContents.mainFrame, IPC.openPresenter);
    presenterWindows()[0]?.webContents.press('End', 'End', { control: true, alt: true });
    expect(app.calls).toContain('quit');
  });
});
