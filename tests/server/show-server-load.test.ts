import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentile, probeFanOut } from '../../tools/bench/fan-out-probe';
import { startTestServer, type TestServer } from '../support/show-server-harness';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-load-');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dataFolder: scratch(), open: true, maxClients: 250 });
});
afterAll(() => server.stop());

describe('the show server under load (bounded: 200 clients, 1000 changes, 60 s)', () => {
  it('gets every state to every one of 200 clients, none dropped', async () => {
    const result = await probeFanOut({
      socketUrl: server.socketUrl,
      origin: server.origin,
      token: server.tokens.token('display'),
      clients: 200,
      changes: 1000,
      // Alternating next and previous: every change is a real change of the state.
      change: (index) => server.store.dispatch({ type: index % 2 === 0 ? 'next' : 'previous' }),
      timeoutMs: 60_000,
    });
    expect(result.statesPerClient).toEqual(new Array(200).fill(1000));
    console.log(`fan-out to 200 clients: median ${percentile(result.fanOutMs, 0.5).toFixed(2)} ms, p95 ${percentile(result.fanOutMs, 0.95).toFixed(2)} ms per change`);
  }, 90_000);
});
