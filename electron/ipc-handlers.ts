import { IPC, parsePayload } from '../common/ipc/contract';
import type { ShowStore } from '../common/show/show-store';
import { checkSender } from './ipc-sender';
import type { FrameLike, HostWindow, KnownWindows } from './known-windows';
import { showsPresenterView } from './presenter-window';
import type { Logger } from '../node/logger';
import type { EmbeddedServer } from './embedded-server';
import { networkForWindow } from './window-network';

/** Every channel a window may use to reach main: exactly those the contract validates. */
export type InboundChannel = keyof typeof parsePayload;
/** What a channel's payload is once `parsePayload` has accepted it. */
export type PayloadOf<C extends InboundChannel> = Exclude<ReturnType<(typeof parsePayload)[C]>, undefined>;

interface ChannelHandler<C extends InboundChannel, W> {
  /** `send` for a message that needs no answer, `invoke` for a request that gets one. */
  readonly via: 'send' | 'invoke';
  act(payload: PayloadOf<C>, window: W): unknown;
}
/** One handler per contract channel: adding a channel to the contract without a handler does not compile. */
type ChannelHandlers<W> = { readonly [C in InboundChannel]: ChannelHandler<C, W> };

/** What main receives with every message: who sent it. */
export interface IpcEventLike {
  readonly senderFrame: FrameLike | null;
}

/** The subset of Electron's `ipcMain` this module uses. */
export interface IpcMainLike {
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export interface IpcHandlerDeps<W extends HostWindow> {
  readonly ipcMain: IpcMainLike;
  readonly windows: KnownWindows<W>;
  readonly store: Pick<ShowStore, 'dispatch' | 'getSnapshot'>;
  /** Opens the presenter view, or brings it forward when it is open. */
  readonly openPresenter: () => void;
  /** The host's problems now, for the presenter view. */
  readonly hostProblems: () => readonly string[];
  /** The show server inside the app, when the `network` setting turns it on. */
  readonly network: Pick<EmbeddedServer, 'info' | 'replaceToken' | 'chooseAddress'>;
  readonly log: Logger;
}

/**
 * Connects the contract's channels to the show store and the windows. Each message is
 * acted on only after its sender (see `checkSender`) and its payload (the contract's
 * `parsePayload`, with one argument at most) pass; anything else is logged and dropped.
 * A refused `invoke` rejects, since it must answer something and a made-up snapshot
 * would be worse.
 */
export function registerIpcHandlers<W extends HostWindow>({ ipcMain, windows, store, openPresenter, hostProblems, network, log }: IpcHandlerDeps<W>): void {
  const handlers: ChannelHandlers<W> = {
    [IPC.command]: { via: 'send', act: (command) => store.dispatch(command) },
    [IPC.getSnapshot]: { via: 'invoke', act: () => store.getSnapshot() },
    [IPC.toggleFullscreen]: { via: 'send', act: (_none, window) => window.setFullScreen(!window.isFullScreen()) },
    // Any of our windows may ask, the presenter view included: it only brings itself forward.
    [IPC.openPresenter]: { via: 'send', act: () => openPresenter() },
    [IPC.getHostProblems]: { via: 'invoke', act: () => hostProblems() },
    // The codes are for the presenter's eyes only: an audience window holds the read-along address alone.
    [IPC.getNetwork]: { via: 'invoke', act: (_none, window) => networkForWindow(window, network.info()) },
    [IPC.replaceToken]: { via: 'send', act: (capability, window) => showsPresenterView(window) && network.replaceToken(capability) },
    [IPC.chooseAddress]: { via: 'send', act: (address, window) => showsPresenterView(window) && network.chooseAddress(address) },
  };

  const admit = <C extends InboundChannel>(channel: C, event: IpcEventLike, args: unknown[]) => {
    const sender = checkSender(event.senderFrame, windows);
    if (!sender.ok) return { refused: sender.reason } as const;
    const parse = parsePayload[channel] as (payload: unknown) => PayloadOf<C> | undefined;
    const payload = args.length <= 1 ? parse(args[0]) : undefined;
    if (payload === undefined) return { refused: 'malformed payload' } as const;
    return { run: () => handlers[channel].act(payload, sender.window) } as const;
  };

  for (const channel of Object.keys(handlers) as InboundChannel[]) {
    if (handlers[channel].via === 'invoke') {
      ipcMain.handle(channel, (event, ...args) => {
        const admitted = admit(channel, event, args);
        if ('run' in admitted) return admitted.run();
        log.warn(`refused ${channel}: ${admitted.refused}`);
        throw new Error(`${channel} refused`);
      });
    } else {
      ipcMain.on(channel, (event, ...args) => {
        const admitted = admit(channel, event, args);
        if ('run' in admitted) admitted.run();
        else log.warn(`refused ${channel}: ${admitted.refused}`);
      });
    }
  }
}
