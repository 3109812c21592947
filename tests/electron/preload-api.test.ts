import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { IPC, type YeondaeApi } from '../../common/ipc/contract';
import { createShowStore } from '../../common/show/show-store';
import { exposeYeondaeApi } from '../../electron/preload-api';
import { TINY_CONTENT } from '../support/tiny-deck';

/** Electron's `ipcRenderer` as far as the preload sees it: an emitter that also sends and invokes. */
class FakeIpcRenderer extends EventEmitter {
  readonly sent: unknown[][] = [];
  readonly invoked: unknown[][] = [];
  answer: unknown = undefined;
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  invoke(...args: unknown[]): Promise<unknown> {
    this.invoked.push(args);
    return Promise.resolve(this.answer);
  }
  /** What main's `webContents.send(channel, ...args)` looks like from here: an event, then the arguments. */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, senderId: 0 }, ...args);
  }
}

/** The preload run against fakes; returns what it put into the page. */
function loadPreload() {
  const ipcRenderer = new FakeIpcRenderer();
  const exposed: { key: string; api: unknown }[] = [];
  exposeYeondaeApi({ exposeInMainWorld: (key, api) => exposed.push({ key, api }) }, ipcRenderer);
  const [first] = exposed;
  if (exposed.length !== 1 || first === undefined) throw new Error(`expected one exposeInMainWorld call, got ${exposed.length}`);
  return { ipcRenderer, key: first.key, api: first.api as YeondaeApi };
}

/** Every value reachable from `value`, with its path. */
function walk(value: unknown, path = 'api'): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([key, inner]) => walk(inner, `${path}.${key}`));
}

const SNAPSHOT = createShowStore(TINY_CONTENT.deck, TINY_CONTENT.settings).getSnapshot();

describe('preload api', () => {
  it('exposes window.yeondae with exactly the named functions of the contract', () => {
    const { key, api } = loadPreload();
    expect(key).toBe('yeondae');
    expect(walk(api).map(([path, value]) => [path, typeof value])).toEqual([
      ['api.show.send', 'function'],
      ['api.show.getSnapshot', 'function'],
      ['api.show.onSnapshot', 'function'],
      ['api.window.toggleFullscreen', 'function'],
      ['api.window.openPresenter', 'function'],
      ['api.host.getProblems', 'function'],
      ['api.host.onProblems', 'function'],
      ['api.network.get', 'function'],
      ['api.network.onChange', 'function'],
      ['api.network.replaceToken', 'function'],
      ['api.network.chooseAddress', 'function'],
    ]);
  });

  it('asks main to replace a token on its channel, with the capability as it is', () => {
    const { ipcRenderer, api } = loadPreload();
    api.network.replaceToken('display');
    expect(ipcRenderer.sent).toEqual([[IPC.replaceToken, 'display']]);
  });

  it('asks main to use an address on its channel, with the address as it is', () => {
    const { ipcRenderer, api } = loadPreload();
    api.network.chooseAddress('192.168.1.20');
    expect(ipcRenderer.sent).toEqual([[IPC.chooseAddress, '192.168.1.20']]);
  });

  it('never hands the page ipcRenderer itself', () => {
    const { ipcRenderer, api } = loadPreload();
    expect(walk(api).some(([, value]) => value === ipcRenderer)).toBe(false);
  });

  it('sends a show command on the command channel, as it is', () => {
    const { ipcRenderer, api } = loadPreload();
    api.show.send({ type: 'goToFrame', frame: 3 });
    expect(ipcRenderer.sent).toEqual([[IPC.command, { type: 'goToFrame', frame: 3 }]]);
  });

  it('asks main for the snapshot with no payload and returns its answer', async () => {
    const { ipcRenderer, api } = loadPreload();
    ipcRenderer.answer = SNAPSHOT;
    await expect(api.show.getSnapshot()).resolves.toBe(SNAPSHOT);
    expect(ipcRenderer.invoked).toEqual([[IPC.getSnapshot]]);
  });

  it('gives a snapshot listener the snapshot alone, never the IPC event', () => {
    const { ipcRenderer, api } = loadPreload();
    const calls: unknown[][] = [];
    api.show.onSnapshot((...args: unknown[]) => calls.push(args));
    ipcRenderer.deliver(IPC.snapshot, SNAPSHOT);
    expect(calls).toEqual([[SNAPSHOT]]);
    expect(calls[0]?.[0]).toBe(SNAPSHOT);
  });

  it("removes the listener from ipcRenderer when the page unsubscribes", () => {
    const { ipcRenderer, api } = loadPreload();
    const calls: unknown[] = [];
    const stayingCalls: unknown[] = [];
    const unsubscribe = api.show.onSnapshot((snapshot) => calls.push(snapshot));
    api.show.onSnapshot((snapshot) => stayingCalls.push(snapshot));
    expect(ipcRenderer.listenerCount(IPC.snapshot)).toBe(2);
    unsubscribe();
    expect(ipcRenderer.listenerCount(IPC.snapshot)).toBe(1);
    ipcRenderer.deliver(IPC.snapshot, SNAPSHOT);
    expect(calls).toEqual([]);
    expect(stayingCalls).toEqual([SNAPSHOT]);
  });

  it('asks main to toggle fullscreen with no payload', () => {
    const { ipcRenderer, api } = loadPreload();
    api.window.toggleFullscreen();
    expect(ipcRenderer.sent).toEqual([[IPC.toggleFullscreen]]);
  });

  it('asks main to open the presenter view with no payload', () => {
    const { ipcRenderer, api } = loadPreload();
    api.window.openPresenter();
    expect(ipcRenderer.sent).toEqual([[IPC.openPresenter]]);
  });
});
