import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { IPC } from '../../common/ipc/contract';
import type { NetworkInfo } from '../../common/network/protocol';
import { APP_ENTRY_URL, PRESENTER_URL } from '../../electron/app-url';
import { createKnownWindows } from '../../electron/known-windows';
import { broadcastNetwork } from '../../electron/snapshot-broadcast';
import { fakeFrame } from './support/fake-web-contents';
import { FakeWindow } from './support/fake-window';

/** The embedded server's change feed, driven by hand. */
function fakeNetwork() {
  const listeners = new Set<(info: NetworkInfo) => void>();
  return {
    onChange(listener: (info: NetworkInfo) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    publish(info: NetworkInfo) {
      for (const listener of listeners) listener(info);
    },
  };
}

const OPEN: NetworkInfo = { open: false, addresses: ['http://127.0.0.1:8080/'] };
const networkSent = (window: FakeWindow) => window.webContents.sent.filter((message) => message.channel === IPC.network);

/** An audience window and a presenter window, told of the network by `broadcastNetwork`. */
function broadcastToBoth() {
  const windows = createKnownWindows<FakeWindow>();
  const audience = new FakeWindow(undefined, { frame: fakeFrame(APP_ENTRY_URL) });
  const presenter = new FakeWindow(undefined, { frame: fakeFrame(PRESENTER_URL) });
  windows.add(audience);
  windows.add(presenter);
  const network = fakeNetwork();
  broadcastNetwork(network, windows);
  return { audience, presenter, network };
}

describe('broadcastNetwork', () => {
  it('sends the addresses to the presenter window and never to an audience window, which is told there is no network for it', () => {
    const { audience, presenter, network } = broadcastToBoth();
    network.publish(OPEN);
    expect(networkSent(presenter).map((message) => message.args[0])).toEqual([OPEN]);
    expect(networkSent(audience).map((message) => message.args[0])).toEqual([null]);
  });

  it('sends an audience window the read-along address alone, for its QR code, and no other address or code', () => {
    const { audience, presenter, network } = broadcastToBoth();
    const open: NetworkInfo = {
      open: true,
      addresses: ['http://192.168.1.20:8765/'],
      displayUrl: 'http://192.168.1.20:8765/#key=display-code',
      presenterUrl: 'http://192.168.1.20:8765/presenter#key=control-code',
      remoteUrl: 'http://192.168.1.20:8765/remote#key=control-code',
      readAlongUrl: 'http://192.168.1.20:8765/read#key=follow-code',
    };
    network.publish(open);
    expect(networkSent(presenter).map((message) => message.args[0])).toEqual([open]);
    expect(networkSent(audience).map((message) => message.args[0])).toEqual([{ open: true, addresses: [], readAlongUrl: 'http://192.168.1.20:8765/read#key=follow-code' }]);
  });

  it('skips a presenter window whose renderer just died instead of throwing, and reaches it again once it reloads', async () => {
    const windows = createKnownWindows<FakeWindow>();
    const presenter = new FakeWindow(undefined, { frame: fakeFrame(PRESENTER_URL) });
    windows.add(presenter);
    const network = fakeNetwork();
    broadcastNetwork(network, windows);
    presenter.webContents.crash();
    await wait(5);
    expect(() => presenter.webContents.mainFrame.url).toThrow('Render frame was disposed');
    expect(() => network.publish(OPEN)).not.toThrow();
    expect(networkSent(presenter)).toHaveLength(0);
    presenter.webContents.reload();
    network.publish(OPEN);
    expect(networkSent(presenter)).toHaveLength(1);
  });
});
