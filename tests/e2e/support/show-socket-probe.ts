import type { BrowserContext, WebSocketRoute } from 'playwright-core';
import { SOCKET_PATH, type ClientMessage, type ServerMessage } from '../../../common/network/protocol';

/**
 * The connection between the pages of one browser profile and the show server, watched
 * from between them: Playwright's WebSocket routing keeps the page's socket a real one to
 * the real server and passes every message on, unchanged, both ways. It tells a test when
 * "nothing happened" is known, rather than after a sleep: what the page has sent, and when
 * the server has handled it.
 */
export interface ShowSocketProbe {
  /** Every message the pages sent the server, in order. */
  readonly sent: readonly ClientMessage[];
  /** Every message the server sent the pages, in order (the probe's own pongs left out). */
  readonly received: readonly ServerMessage[];
  /** Resolves once the pages have sent `count` messages of `type`. */
  whenSent(type: ClientMessage['type'], count?: number): Promise<void>;
  /**
   * Resolves once the server has handled everything the page sent it so far. The server
   * takes a connection's messages in order, so its pong to a ping the probe sends now, in
   * the page's name on the page's own connection, comes after whatever the page sent
   * before. The pong is kept from the page, which never sent that ping.
   */
  handled(): Promise<void>;
  /** Resolves once the server has closed the page's connection and the page has opened none since. */
  closedByServer(): Promise<void>;
}

const GIVE_UP_MS = 30_000;

/** Far above the page's own ping ids (1, 2, 3, … from each load), so a pong is never taken for the other's. */
const FIRST_PROBE_PING = 2 ** 40;

/**
 * Watches the show server's socket for every page of `context`. Call before a page of the
 * profile opens the show: routing applies to the connections opened after it.
 */
export async function probeShowSocket(context: BrowserContext): Promise<ShowSocketProbe> {
  const sent: ClientMessage[] = [];
  const received: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  const changed = (): void => {
    for (const wake of [...waiters]) wake();
  };
  // The time limit only makes a hang say what it waited for: a test would time out anyway.
  const until = (what: string, done: () => boolean): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        const types = (messages: readonly { readonly type: string }[]) => messages.map((message) => message.type).join(', ');
        reject(new Error(`${what} did not come within ${GIVE_UP_MS / 1000} s; the page sent ${types(sent)}; the server sent ${types(received)}`));
      }, GIVE_UP_MS);
      const check = (): void => {
        if (!done()) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      waiters.add(check);
      check();
    });
  let open: { readonly server: WebSocketRoute } | undefined;
  let closedByServer = false;
  const answered = new Set<number>();
  let nextPing = FIRST_PROBE_PING;
  const text = (message: string | Buffer): string => (typeof message === 'string' ? message : message.toString('utf8'));

  await context.routeWebSocket(
    (url) => url.pathname === SOCKET_PATH,
    (page) => {
      const server = page.connectToServer();
      const connection = { server };
      open = connection;
      closedByServer = false;
      page.onMessage((message) => {
        sent.push(JSON.parse(text(message)) as ClientMessage);
        server.send(message);
        changed();
      });
      server.onMessage((message) => {
        const parsed = JSON.parse(text(message)) as ServerMessage;
        if (parsed.type === 'pong' && parsed.id >= FIRST_PROBE_PING) answered.add(parsed.id);
        else {
          received.push(parsed);
          page.send(message);
        }
        changed();
      });
      // Handling a close stops Playwright passing it on by itself: pass it on here.
      page.onClose(async (code, reason) => {
        if (open === connection) open = undefined;
        await server.close(closable(code, reason));
        changed();
      });
      server.onClose(async (code, reason) => {
        if (open === connection) {
          open = undefined;
          closedByServer = true;
        }
        await page.close(closable(code, reason));
        changed();
      });
    },
  );

  return {
    sent,
    received,
    whenSent: (type, count = 1) => until(`${count} ${type} message(s) from the page`, () => sent.filter((message) => message.type === type).length >= count),
    handled() {
      if (open === undefined) return Promise.reject(new Error('the page has no open connection to the show server'));
      const id = nextPing++;
      open.server.send(JSON.stringify({ type: 'ping', id }));
      return until(`the server's answer to a ping after the page's messages`, () => answered.has(id));
    },
    closedByServer: () => until('the server closing the connection', () => open === undefined && closedByServer),
  };
}

/** A close code may be passed on only if it is one a peer may send (1005 and 1006 only say that none came). */
function closable(code: number | undefined, reason: string | undefined): { code?: number; reason?: string } {
  return code === undefined || code === 1005 || code === 1006 ? {} : { code, ...(reason === undefined ? {} : { reason }) };
}
