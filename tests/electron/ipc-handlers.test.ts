import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { IPC, parsePayload } from '../../common/ipc/contract';
import { createShowStore } from '../../common/show/show-store';
import { PRESENTER_URL } from '../../electron/app-url';
import { registerIpcHandlers } from '../../electron/ipc-handlers';
import { createKnownWindows } from '../../electron/known-windows';
import { createHostProblems } from '../../server/host-problems';
import { broadcastHostProblems, broadcastSnapshots } from '../../electron/snapshot-broadcast';
import { FakeIpcMain, FakeWindow, fakeFrame } from './support/fake-electron';
import { recordingLogger } from '../support/recording-logger';
import { TINY_CONTENT } from '../support/tiny-deck';

/** Main as the host wires it: one store, two of our windows, the handlers and the broadcast. */
function setUp() {
  const ipcMain = new FakeIpcMain();
  const windows = createKnownWindows<FakeWindow>();
  const store = createShowStore(TINY_CONTENT.deck, TINY_CONTENT.settings);
  const log = recordingLogger();
  const audience = new FakeWindow();
  const other = new FakeWindow();
  windows.add(audience);
  windows.add(other);
  const presenterRequests: string[] = [];
  const problems = createHostProblems();
  problems.set('settings', ['content/settings.yaml:3: error: mode must be one of sequence, in-place, stacked, single; keeping "sequence"']);
  const replacedTokens: string[] = [];
  const chosenAddresses: string[] = [];
  const network = { info: () => NETWORK, replaceToken: (capability: string) => void replacedTokens.push(capability), chooseAddress: (address: string) => void chosenAddresses.push(address) };
  registerIpcHandlers({ ipcMain, windows, store, openPresenter: () => presenterRequests.push('open'), hostProblems: problems.list, network, log });
  broadcastSnapshots(store, windows);
  broadcastHostProblems(problems, windows);
  const snapshotsSentTo = (window: FakeWindow) => window.webContents.sent.filter((message) => message.channel === IPC.snapshot);
  return { ipcMain, windows, store, log, audience, other, snapshotsSentTo, presenterRequests, problems, replacedTokens, chosenAddresses };
}

const NETWORK = { open: true, addresses: ['http://192.0.2.7:8765/'], displayUrl: 'http://192.0.2.7:8765/#key=d', presenterUrl: 'http://192.0.2.7:8765/presenter#key=c' };

describe('ipc handlers', () => {
  it('listens on every channel the contract validates: send channels with on, the requests with handle', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.listeners.keys(), ...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(parsePayload).sort());
    expect([...ipcMain.handlers.keys()].sort()).toEqual([IPC.getHostProblems, IPC.getNetwork, IPC.getSnapshot].sort());
  });

  it("answers getNetwork with the show server's codes to the presenter view only, and replaces a token only from there, for a capability that exists", async () => {
    const { ipcMain, windows, audience, replacedTokens, log } = setUp();
    const presenter = new FakeWindow(undefined, { frame: fakeFrame(PRESENTER_URL) });
    windows.add(presenter);
    await expect(ipcMain.invoke(presenter.webContents.mainFrame, IPC.getNetwork)).resolves.toEqual(NETWORK);
    await expect(ipcMain.invoke(audience.webContents.mainFrame, IPC.getNetwork)).resolves.toBeNull();
    ipcMain.send(presenter.webContents.mainFrame, IPC.replaceToken, 'control');
    ipcMain.send(audience.webContents.mainFrame, IPC.replaceToken, 'display');
    ipcMain.send(presenter.webContents.mainFrame, IPC.replaceToken, 'admin');
    ipcMain.send(presenter.webContents.mainFrame, IPC.replaceToken);
    ipcMain.send(fakeFrame(PRESENTER_URL), IPC.replaceToken, 'display');
    expect(replacedTokens).toEqual(['control']);
    expect(log.lines.filter((line) => line.includes(IPC.replaceToken))).toHaveLength(3);
  });

  it('chooses the address phones are shown only from the presenter view, and only an address', () => {
    const { ipcMain, windows, audience, chosenAddresses, log } = setUp();
    const presenter = new FakeWindow(undefined, { frame: fakeFrame(PRESENTER_URL) });
    windows.add(presenter);
    ipcMain.send(presenter.webContents.mainFrame, IPC.chooseAddress, '192.168.1.20');
    ipcMain.send(audience.webContents.mainFrame, IPC.chooseAddress, '10.0.0.5');
    ipcMain.send(presenter.webContents.mainFrame, IPC.chooseAddress, 'http://evil.example/');
    ipcMain.send(presenter.webContents.mainFrame, IPC.chooseAddress, { address: '10.0.0.5' });
    expect(chosenAddresses).toEqual(['192.168.1.20']);
    expect(log.lines.filter((line) => line.includes(IPC.chooseAddress))).toHaveLength(2);
  });

  it("answers getHostProblems with the host's problems, and refuses it from an unknown frame or with a payload", async () => {
    const { ipcMain, audience } = setUp();
    await expect(ipcMain.invoke(audience.webContents.mainFrame, IPC.getHostProblems)).resolves.toEqual([
      'content/settings.yaml:3: error: mode must be one of sequence, in-place, stacked, single; keeping "sequence"',
    ]);
    await expect(ipcMain.invoke(fakeFrame('app://yeondae/index.html'), IPC.getHostProblems)).rejects.toThrow('refused');
    await expect(ipcMain.invoke(audience.webContents.mainFrame, IPC.getHostProblems, 'x')).rejects.toThrow('refused');
  });

  it('sends every change of the problems to every window', () => {
    const { problems, audience, other } = setUp();
    problems.set('display', ['display "Epson" matches no display; using the primary display']);
    for (const window of [audience, other]) {
      expect(window.webContents.sent.filter((message) => message.channel === IPC.hostProblems).at(-1)?.args[0]).toHaveLength(2);
    }
  });

  it('applies a valid command from a window and sends the new snapshot to every window', () => {
    const { ipcMain, store, audience, other, snapshotsSentTo } = setUp();
    ipcMain.send(audience.webContents.mainFrame, IPC.command, { type: 'next' });
    expect(store.getSnapshot().state).toMatchObject({ frame: 1, blank: false });
    for (const window of [audience, other]) {
      expect(snapshotsSentTo(window)).toEqual([{ channel: IPC.snapshot, args: [store.getSnapshot()] }]);
    }
  });

  it('ignores commands from a frame that is not a known window', () => {
    const { ipcMain, store, log, audience } = setUp();
    const before = store.getSnapshot();
    ipcMain.send(fakeFrame('app://yeondae/index.html'), IPC.command, { type: 'next' });
    expect(store.getSnapshot()).toBe(before);
    expect(audience.webContents.sent).toEqual([]);
    expect(log.lines).toEqual([`warn: refused ${IPC.command}: app://yeondae/index.html is not the main frame of a known window`]);
  });

  it('ignores commands from a subframe of a known window, even one on the app origin', () => {
    const { ipcMain, store, log } = setUp();
    const before = store.getSnapshot();
    const subframe = fakeFrame('app://yeondae/index.html');
    ipcMain.send(subframe, IPC.command, { type: 'next' });
    expect(store.getSnapshot()).toBe(before);
    expect(log.lines).toHaveLength(1);
  });

  it('ignores commands from a known window whose page is not on the app origin', () => {
    const { ipcMain, windows, store, log } = setUp();
    const strayed = new FakeWindow(undefined, { frame: fakeFrame('https://example.com/index.html') });
    windows.add(strayed);
    const before = store.getSnapshot();
    ipcMain.send(strayed.webContents.mainFrame, IPC.command, { type: 'next' });
    expect(store.getSnapshot()).toBe(before);
    expect(log.lines).toEqual([`warn: refused ${IPC.command}: https://example.com/index.html is not on the app origin`]);
  });

  it('ignores messages whose sending frame is already gone', () => {
    const { ipcMain, store, log } = setUp();
    const before = store.getSnapshot();
    ipcMain.send(null, IPC.command, { type: 'next' });
    expect(store.getSnapshot()).toBe(before);
    expect(log.lines).toEqual([`warn: refused ${IPC.command}: the sending frame is gone`]);
  });

  it('refuses, without throwing, messages from a frame whose renderer is gone, which Electron has disposed', async () => {
    const { ipcMain, store, log, audience } = setUp();
    audience.webContents.crash();
    await wait(5);
    const disposed = audience.webContents.mainFrame;
    expect(() => disposed.url).toThrow('Render frame was disposed before WebFrameMain could be accessed');
    const stranger = fakeFrame();
    stranger.disposed = true;
    const before = store.getSnapshot();
    expect(() => ipcMain.send(disposed, IPC.command, { type: 'next' })).not.toThrow();
    expect(() => ipcMain.send(stranger, IPC.command, { type: 'next' })).not.toThrow();
    await expect(ipcMain.invoke(disposed, IPC.getSnapshot)).rejects.toThrow(`${IPC.getSnapshot} refused`);
    expect(store.getSnapshot()).toBe(before);
    const refused = (channel: string) => `warn: refused ${channel}: the sending frame was disposed (its renderer is gone)`;
    expect(log.lines).toEqual([refused(IPC.command), refused(IPC.command), refused(IPC.getSnapshot)]);
  });

  it.each([
    ['an unknown command', { type: 'explode' }],
    ['a command with an extra field', { type: 'next', then: 'explode' }],
    ['a frame that is not a whole number', { type: 'goToFrame', frame: 1.5 }],
    ['a bare string', 'next'],
    ['nothing', undefined],
  ])('ignores a malformed command: %s', (_name, payload) => {
    const { ipcMain, store, log, audience } = setUp();
    const before = store.getSnapshot();
    ipcMain.send(audience.webContents.mainFrame, IPC.command, payload);
    expect(store.getSnapshot()).toBe(before);
    expect(audience.webContents.sent).toEqual([]);
    expect(log.lines).toEqual([`warn: refused ${IPC.command}: malformed payload`]);
  });

  it('ignores a valid command sent with extra arguments', () => {
    const { ipcMain, store, audience } = setUp();
    const before = store.getSnapshot();
    ipcMain.send(audience.webContents.mainFrame, IPC.command, { type: 'next' }, { type: 'next' });
    expect(store.getSnapshot()).toBe(before);
  });

  it('answers getSnapshot with the current snapshot', async () => {
    const { ipcMain, store, audience } = setUp();
    store.dispatch({ type: 'last' });
    // What comes back is Electron's copy of the snapshot (structured clone), never main's own object.
    await expect(ipcMain.invoke(audience.webContents.mainFrame, IPC.getSnapshot)).resolves.toEqual(store.getSnapshot());
  });

  it('refuses getSnapshot from a frame that is not a known window, and says so in the log', async () => {
    const { ipcMain, log } = setUp();
    await expect(ipcMain.invoke(fakeFrame(), IPC.getSnapshot)).rejects.toThrow(`${IPC.getSnapshot} refused`);
    expect(log.lines).toHaveLength(1);
  });

  it('refuses getSnapshot with a payload', async () => {
    const { ipcMain, audience } = setUp();
    await expect(ipcMain.invoke(audience.webContents.mainFrame, IPC.getSnapshot, 'please')).rejects.toThrow();
  });

  it('toggles fullscreen of the window that asks, and of no other', () => {
    const { ipcMain, audience, other } = setUp();
    ipcMain.send(audience.webContents.mainFrame, IPC.toggleFullscreen);
    expect([audience.fullScreen, other.fullScreen]).toEqual([true, false]);
    ipcMain.send(audience.webContents.mainFrame, IPC.toggleFullscreen);
    expect(audience.fullScreen).toBe(false);
  });

  it('ignores toggleFullscreen with a payload or from an unknown frame', () => {
    const { ipcMain, audience, log } = setUp();
    ipcMain.send(audience.webContents.mainFrame, IPC.toggleFullscreen, true);
    ipcMain.send(fakeFrame(), IPC.toggleFullscreen);
    expect(audience.fullScreen).toBe(false);
    expect(log.lines).toHaveLength(2);
  });

  it('opens the presenter view when any known window asks, with no payload', () => {
    const { ipcMain, audience, other, presenterRequests } = setUp();
    ipcMain.send(audience.webContents.mainFrame, IPC.openPresenter);
    ipcMain.send(other.webContents.mainFrame, IPC.openPresenter);
    expect(presenterRequests).toEqual(['open', 'open']);
  });

  it('ignores openPresenter with a payload or from a frame that is not a known window', () => {
    const { ipcMain, audience, log, presenterRequests } = setUp();
    ipcMain.send(audience.webContents.mainFrame, IPC.openPresenter, 'app://evil/');
    ipcMain.send(fakeFrame(), IPC.openPresenter);
    expect(presenterRequests).toEqual([]);
    expect(log.lines).toEqual([
      `warn: refused ${IPC.openPresenter}: malformed payload`,
      `warn: refused ${IPC.openPresenter}: app://yeondae/index.html is not the main frame of a known window`,
    ]);
  });

  it('stops listening to and broadcasting to a window once it has closed', async () => {
    const { ipcMain, store, audience, other, snapshotsSentTo } = setUp();
    const contents = audience.webContents;
    const frame = contents.mainFrame;
    await new Promise((resolve) => {
      audience.once('closed', resolve);
      audience.close();
    });
    ipcMain.send(frame, IPC.command, { type: 'next' });
    expect(store.getSnapshot().state.frame).toBe(0);
    ipcMain.send(other.webContents.mainFrame, IPC.command, { type: 'next' });
    expect(contents.sent.filter((message) => message.channel === IPC.snapshot)).toEqual([]);
    expect(snapshotsSentTo(other)).toHaveLength(1);
  });
});
