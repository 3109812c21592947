import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import WebSocket from 'ws';

/** Guests on the venue network, played by other loopback addresses (the whole 127.0.0.0/8 is this machine's). */
export const GUEST_ADDRESSES = ['127.0.0.80', '127.0.0.81', '127.0.0.82', '127.0.0.83', '127.0.0.84', '127.0.0.85'] as const;

/** Where the guests aim, on loopback only: the show server's socket and our pages' Origin. */
export interface AttackTarget {
  /** `ws://127.0.0.1:PORT/show-socket` */
  readonly socketUrl: string;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The display code: semi-public (it is on every TV), so a hostile guest may well have it. */
  readonly displayToken: string;
  /** Loopback addresses the guests connect from (`127.0.0.80` …): several guests, one machine. */
  readonly guests: readonly string[];
}

/** How many times each kind of attack was made before the mix stopped. */
export type AttackTally = Record<AttackKind, number>;
export type AttackKind = 'silent' | 'wrongCode' | 'flood' | 'garbageFrames' | 'foreignPage' | 'badRange';

export interface AttackMix {
  /** How many of each attack were made so far. */
  tally(): AttackTally;
  /** Stops every guest and resolves once they have all let go. */
  stop(): Promise<AttackTally>;
}

/** Silent sockets each guest keeps open at once. */
const SILENT_PER_GUEST = 12;
/** No loop runs more than this many rounds, however long the mix is left running. */
const MAX_ROUNDS = 20_000;
/** No single attempt waits longer than this for the server. */
const ATTEMPT_TIMEOUT_MS = 3000;

const settled = (socket: WebSocket): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => {
      socket.terminate();
      resolve();
    }, ATTEMPT_TIMEOUT_MS);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function openSocket(target: AttackTarget, guest: string, origin = target.origin): WebSocket {
  const socket = new WebSocket(target.socketUrl, { origin, localAddress: guest });
  socket.on('error', () => undefined);
  socket.on('unexpected-response', () => socket.terminate());
  return socket;
}

/** Raw TCP from `guest`: writes `request` (and `after`, once answered), and resolves when the server lets go. */
function rawExchange(target: AttackTarget, guest: string, request: string, after?: () => Buffer): Promise<void> {
  const { hostname, port } = new URL(target.origin);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), localAddress: guest });
    const timer = setTimeout(() => socket.destroy(), ATTEMPT_TIMEOUT_MS);
    socket.on('error', () => undefined);
    socket.once('connect', () => socket.write(request));
    socket.once('data', () => {
      if (after !== undefined) socket.write(after());
      else socket.end();
    });
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Hostile guests on the venue network, all at once, until stopped: silent sockets from
 * every guest address, wrong codes, a display-code page flooding messages, garbage
 * WebSocket frames, upgrades from a foreign page and a Range no file has. Every loop is
 * bounded in rounds and every attempt in time, and only loopback addresses are used.
 */
export function startAttackMix(target: AttackTarget): AttackMix {
  let stopping = false;
  const tally: AttackTally = { silent: 0, wrongCode: 0, flood: 0, garbageFrames: 0, foreignPage: 0, badRange: 0 };
  const host = new URL(target.origin).host;
  const upgrade = (origin: string): string =>
    `GET /show-socket HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`;
  const loop = async (kind: AttackKind, round: () => Promise<void>): Promise<void> => {
    for (let index = 0; index < MAX_ROUNDS && !stopping; index += 1) {
      tally[kind] += 1;
      await round();
    }
  };
  const silentSockets = new Set<WebSocket>();
  const keepSilent = (guest: string): Promise<void> =>
    loop('silent', async () => {
      const socket = openSocket(target, guest);
      silentSockets.add(socket);
      await settled(socket).then(() => silentSockets.delete(socket));
    });
  const loops = target.guests.flatMap((guest, index) => [
    ...Array.from({ length: SILENT_PER_GUEST }, () => keepSilent(guest)),
    loop('wrongCode', async () => {
      const socket = openSocket(target, guest);
      socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', clientId: 'guest', token: randomBytes(24).toString('base64url') })));
      await settled(socket);
    }),
    loop('garbageFrames', () => rawExchange(target, guest, upgrade(target.origin), () => randomBytes(256))),
    loop('foreignPage', () => rawExchange(target, guest, upgrade('http://attacker.example'))),
    loop('badRange', () => rawExchange(target, guest, `GET /favicon.png HTTP/1.1\r\nHost: ${host}\r\nRange: bytes=2-1\r\nConnection: close\r\n\r\n`)),
    ...(index < 2
      ? [
          loop('flood', async () => {
            const socket = openSocket(target, guest);
            socket.once('open', () => {
              socket.send(JSON.stringify({ type: 'hello', clientId: 'flooder', token: target.displayToken }));
              for (let message = 0; message < 500; message += 1) socket.send(JSON.stringify({ type: 'ping', id: message }));
            });
            await settled(socket);
          }),
        ]
      : []),
  ]);
  return {
    tally: () => ({ ...tally }),
    async stop() {
      stopping = true;
      for (const socket of silentSockets) socket.terminate();
      await Promise.all(loops);
      return tally;
    },
  };
}
