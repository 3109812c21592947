import { createServer } from 'node:net';
import { describe, expect, afterEach, it } from 'vitest';
import { IPC } from '../../common/ipc/contract';
import { APP_ENTRY_URL } from '../../electron/app-url';
import { freePort } from '../support/free-port';
import { connectClient } from '../support/socket-client';
import { cleanUpHosts, readyHost, startHost } from './support/host-harness';

afterEach(cleanUpHosts);

describe('the show server inside the app', () => {
  it('with --network, serves the app’s own show: a page on this computer moves the windows’ show', async () => {
    const port = await freePort();
    const { show, ipcMain, audience, presenterWindows } = await readyHost({ argv: ['--network', '--port', String(port)] });
    const origin = `http://127.0.0.1:${port}`;
    show.windows.openPresenter();
    const presenter = presenterWindows()[0];
    if (presenter === undefined) throw new Error('no presenter window');
    await expect.poll(async () => (await ipcMain.invoke(presenter.webContents.mainFrame, IPC.getNetwork)) !== null).toBe(true);
    expect(await ipcMain.invoke(presenter.webContents.mainFrame, IPC.getNetwork)).toEqual({ open: false, addresses: [`${origin}/`], editUrl: `${origin}/edit` });
    expect(await ipcMain.invoke(audience.webContents.mainFrame, IPC.getNetwork)).toBeNull();
    const page = await connectClient(`ws://127.0.0.1:${port}/show-socket`, origin, {});
    await page.next('welcome');
    page.send({ type: 'command', id: 'n1', command: { type: 'next' } });
    await expect.poll(() => show.store.getSnapshot().state.frame).toBe(1);
    page.close();
  });

  it('without --network, serves nothing and says so to the presenter view', async () => {
    const { ipcMain, show, presenterWindows } = await readyHost();
    show.windows.openPresenter();
    const presenter = presenterWindows()[0];
    if (presenter === undefined) throw new Error('no presenter window');
    expect(await ipcMain.invoke(presenter.webContents.mainFrame, IPC.getNetwork)).toBeNull();
  });

  it('a port already taken costs only the server: the problem is listed and the windows show the show', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)));
    try {
      const { show, audienceWindows } = await readyHost({ argv: ['--network', '--port', String(port)] });
      await expect.poll(() => show.problems.list().join('\n')).toContain(`the show server is off: port ${port} on 127.0.0.1 is in use`);
      const [audience] = audienceWindows();
      expect(show.windows.list()).toEqual([audience]);
      expect(audience?.loadedUrl).toBe(APP_ENTRY_URL);
      expect(audience?.destroyed).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('--serve runs the server alone: no window, the addresses printed', async () => {
    const port = await freePort();
    const host = startHost({ argv: ['--serve', '--port', String(port)] });
    await expect(host.running).resolves.toBeUndefined();
    expect(host.created).toEqual([]);
    expect(host.printed.join('')).toContain(`audience   http://127.0.0.1:${port}/`);
    expect((await fetch(`http://127.0.0.1:${port}/presenter`)).status).toBe(200);
    host.app.quit();
  });
});
