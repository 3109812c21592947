import type { BrowserContext } from 'playwright-core';
import { TAB_CHANNEL, TAB_OWNER_LOCK } from '../../../renderer/connection/tab-names';

/** What the stand-in has heard on the tabs' channel, and whether it holds the owner's lock. */
export interface StandInHeard {
  readonly hellos: number;
  readonly owns: boolean;
  readonly hasSnapshot: boolean;
}

/** A message the stand-in sends as the owner would: the show's last snapshot it heard, at `frame`, whole or as its state. */
export interface StandInMessage {
  readonly kind: 'snapshot' | 'state';
  readonly frame: number;
}

/** A page of the show's origin that plays the owner tab, saying only what a test tells it to. */
export interface StandInOwner {
  heard(): Promise<StandInHeard>;
  send(messages: readonly StandInMessage[]): Promise<void>;
}

type Stand = { channel: BrowserChannel; hellos: number; owns: boolean; snapshot: { state: object } | undefined };
type BrowserChannel = { postMessage(message: unknown): void };

/**
 * Opens the stand-in in `context`, beside the show's tabs: it says hello (and keeps the
 * snapshot the owner answers with), and asks for the owner's lock, which it gets once every
 * tab that asked before it has gone. It answers no hello of its own accord.
 */
export async function openStandInOwner(context: BrowserContext, showUrl: string): Promise<StandInOwner> {
  const page = await context.newPage();
  // A page of the show's origin that runs no app: the show's icon.
  await page.goto(new URL('favicon.png', showUrl).href);
  await page.evaluate(
    ({ name, lock }) => {
      const channel = new BroadcastChannel(name);
      const stand: Stand = { channel, hellos: 0, owns: false, snapshot: undefined };
      channel.onmessage = (event: MessageEvent<{ kind: string; snapshot?: { state: object } }>) => {
        if (event.data.kind === 'snapshot') stand.snapshot = event.data.snapshot;
        if (event.data.kind === 'hello') stand.hellos += 1;
      };
      channel.postMessage({ kind: 'hello' });
      void navigator.locks.request(lock, () => {
        stand.owns = true;
        return new Promise(() => undefined);
      });
      Object.assign(window, { stand });
    },
    { name: TAB_CHANNEL, lock: TAB_OWNER_LOCK },
  );
  return {
    heard: () =>
      page.evaluate(() => {
        const { hellos, owns, snapshot } = (window as unknown as { stand: Stand }).stand;
        return { hellos, owns, hasSnapshot: snapshot !== undefined };
      }),
    send: (messages) =>
      page.evaluate((list) => {
        const { channel, snapshot } = (window as unknown as { stand: Stand }).stand;
        for (const { kind, frame } of list) {
          const state = { ...snapshot?.state, frame };
          channel.postMessage(kind === 'state' ? { kind, state } : { kind, snapshot: { ...snapshot, state } });
        }
      }, messages),
  };
}
