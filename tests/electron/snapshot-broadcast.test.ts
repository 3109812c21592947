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

describe('broadcastNetwork', () => {
  it('sends the addresses to the presenter window and never to an audience window', () => {
    const windows = createKnownWindows<FakeWindow>();
    const audience = new FakeWindow(undefined, { frame: fakeFrame(APP_ENTRY_URL) });
    const presenter = new FakeWindow(undefined, { frame: fakeFrame(PRESENTER_URL) });
    windows.add(audience);
    windows.add(presenter);
    const network = fakeNetwork();
    broadcastNetwork(network, windows);
    network.publish(OPEN);
    expect(networkSent(presenter)).toHaveLength(1);
    expect(networkSent(audience)).toHaveLength(0);
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
