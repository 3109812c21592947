import type WebSocket from 'ws';
import { afterEach } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from './show-server-harness';
import { useScratchFolders } from './scratch-folders';

/** A test's show server, and the sockets it opened, both ended after the test. */
export interface ServerPerTest {
  /** Starts the test's server, open to the network unless told (still on 127.0.0.1 only), on a fresh data folder. */
  start(options?: Partial<TestServerOptions>): Promise<TestServer>;
  /** Keeps `socket` to be cut after the test; returns it. */
  keep<T extends WebSocket>(socket: T): T;
  /** The sockets kept in this test so far. */
  kept(): readonly WebSocket[];
}

/**
 * One show server a test, for a file of server tests: after each test its sockets are cut
 * and its server stopped (once, even if the test stopped it itself). Call at the top of the file.
 */
export function useServerPerTest(prefix: string): ServerPerTest {
  const scratch = useScratchFolders(prefix);
  let running: TestServer | undefined;
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await running?.stop();
    running = undefined;
  });
  return {
    async start(options = {}) {
      const server = await startTestServer({ dataFolder: scratch(), open: true, ...options });
      let stopped: Promise<void> | undefined;
      running = { ...server, stop: () => (stopped ??= server.stop()) };
      return running;
    },
    keep(socket) {
      sockets.push(socket);
      return socket;
    },
    kept: () => sockets,
  };
}
