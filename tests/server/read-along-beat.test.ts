import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createShowStore } from '../../common/show/show-store';
import { createNetworkLog } from '../../server/network-log';
import { loadNetworkTokens } from '../../server/network-tokens';
import { createReadAlongHub, type ReadAlongHub } from '../../server/read-along-hub';
import { loadProjectContent } from '../support/project-content';
import { recordingLogger } from '../support/recording-logger';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-read-along-beat-');
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A read-along hub with a quick beat behind a WebSocket server on 127.0.0.1. */
async function beatingHub(beatMs: number): Promise<{ hub: ReadAlongHub; url: string; follow: string }> {
  const content = loadProjectContent();
  const store = createShowStore(content.deck, content.settings);
  const log = recordingLogger();
  const networkLog = createNetworkLog(log);
  const tokens = loadNetworkTokens(`${scratch()}/network-tokens.json`, log);
  const hub = createReadAlongHub({ store, tokens, open: true, maxReaders: 10, deckVersion: () => 'v1', networkLog, beatMs });
  const http = createServer();
  const sockets = new WebSocketServer({ server: http });
  sockets.on('connection', (socket) => hub.accept(socket, '127.0.0.1'));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  stops.push(() => {
    hub.close();
    networkLog.close();
    store.dispose();
    sockets.close();
    http.closeAllConnections();
    http.close();
  });
  return { hub, url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/`, follow: tokens.token('follow') };
}

/** A reader that answers the WebSocket's pings (as a browser does) or not (a phone gone from the hotspot, its TCP still up). */
function reader(url: string, token: string, autoPong: boolean): Promise<{ socket: WebSocket; readings: () => number }> {
  const socket = new WebSocket(url, { autoPong });
  let readings = 0;
  socket.on('message', (data) => {
    if (String(data).includes('"reading"')) readings += 1;
  });
  return new Promise((resolve) => socket.once('open', () => (socket.send(JSON.stringify({ type: 'hello', clientId: `r-${Math.random()}`, token })), resolve({ socket, readings: () => readings }))));
}

describe('the readers’ beat', () => {
  it('tells every reader where the show is at each beat, and frees the place of one that stopped answering', async () => {
    const { hub, url, follow } = await beatingHub(100);
    const alive = await reader(url, follow, true);
    const gone = await reader(url, follow, false);
    await expect.poll(() => hub.count()).toBe(2);
    // The live one hears the beat again and again; the silent one is let go by its second beat.
    await expect.poll(() => alive.readings(), { timeout: 5000 }).toBeGreaterThan(3);
    await expect.poll(() => hub.count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => gone.socket.readyState).toBe(WebSocket.CLOSED);
    expect(alive.socket.readyState).toBe(WebSocket.OPEN);
    alive.socket.close();
  }, 15_000);
});
