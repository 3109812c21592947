// Electron's `WebContents` as the host uses it: the page's events in the order and at the
// time Chromium fires them, and a renderer process that lives, hangs, dies and is replaced.
import { EventEmitter } from 'node:events';
import type { KeyInput } from '../../../common/host/exit-keys';
import type { FrameLike } from '../../../electron/known-windows';
import { FakePageIpc, later, type FakePreload, type MainSide } from './fake-page-ipc';

/** What Electron throws when a `WebFrameMain` is used while its render frame is gone. */
export const FRAME_DISPOSED = 'Render frame was disposed before WebFrameMain could be accessed';

/**
 * A frame: identity by reference, like Electron's `WebFrameMain`, which is kept per frame
 * tree node and so survives a renderer's death and reload. While its renderer is dead, the
 * frame is disposed and reading `url` throws, until a reload swaps in a new render frame
 * (`CheckRenderFrame`, `MarkRenderFrameDisposed` and `UpdateRenderFrameHost` in
 * shell/browser/api/electron_api_web_frame_main.cc).
 */
export class FakeFrame implements FrameLike {
  disposed = false;
  constructor(private committedUrl: string) {}
  get url(): string {
    if (this.disposed) throw new Error(FRAME_DISPOSED);
    return this.committedUrl;
  }
  /** The document the frame now shows (WebFrameMain docs: `frame.url`). */
  commit(url: string): void {
    this.committedUrl = url;
  }
}

/** A main frame showing `url`. */
export function fakeFrame(url = 'app://yeondae/index.html'): FakeFrame {
  return new FakeFrame(url);
}

/**
 * The renderer process behind the page:
 * - `live`: its main thread runs, so the preload answers what main sends;
 * - `hung`: its main thread is stuck (a loop in the page), so nothing answers; its IO thread
 *   still runs, so a forced crash still works;
 * - `dying`: it was told to crash, or crashed, and main has not been told yet;
 * - `gone`: dead, and main was told; a reload starts a new process.
 */
export type RendererState = 'live' | 'hung' | 'dying' | 'gone';

/** What the page runs in: which `ipcMain` hears it and which preload its documents get. */
export interface FakeRendererSetup {
  readonly main?: MainSide;
  readonly preload?: FakePreload;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { readonly url: string }) => { action: 'deny' }) | undefined;
  renderer: RendererState = 'live';
  reloads = 0;
  /** Reloads that landed in a renderer that was already dying, and died with it (electron/electron#48661). */
  lostReloads = 0;
  crashesForced = 0;
  destroyed = false;
  devToolsOpened = false;
  private page: FakePageIpc | undefined;
  constructor(
    readonly mainFrame: FakeFrame = fakeFrame(),
    private readonly setup: FakeRendererSetup = {},
  ) {
    super();
  }
  /** A navigation: Electron emits `did-start-loading` in a later task, then the document loads and runs the preload. */
  navigate(): void {
    later(() => {
      if (this.destroyed || this.renderer !== 'live') return;
      this.emit('did-start-loading');
      this.page = new FakePageIpc(this.mainFrame, this.setup.main);
      this.setup.preload?.(this.page);
    });
  }
  /** The page's main thread gets stuck, say in an endless loop. */
  hang(): void {
    if (this.renderer === 'live') this.renderer = 'hung';
  }
  /** A renderer that dies by itself. */
  crash(reason = 'crashed', exitCode = 139): void {
    this.die(reason, exitCode);
  }
  /**
   * On Linux, Electron only asks the renderer to crash itself (`rph->ForceCrash()` in
   * shell/browser/api/electron_api_web_contents.cc); Chromium then learns of the death, and
   * since Electron 44 emits `render-process-gone` in a task of its own (electron/electron#51900).
   * Either way the event comes after this call returns.
   */
  forcefullyCrashRenderer(): void {
    this.crashesForced += 1;
    this.die('crashed', 133);
  }
  /** Electron's `reload()`: a new process if the old one is gone; else the same process, for better or worse. */
  reload(): void {
    this.reloads += 1;
    if (this.renderer === 'dying') {
      this.lostReloads += 1;
      return;
    }
    // A hung renderer never runs the unload that a reload waits for.
    if (this.renderer === 'hung') return;
    this.renderer = 'live';
    this.mainFrame.disposed = false;
    this.navigate();
  }
  isCrashed(): boolean {
    return this.renderer === 'gone';
  }
  /** Main's `webContents.send`: recorded; delivered to the preload in a later task, while the page's main thread runs. */
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    const page = this.page;
    if (page === undefined || this.renderer !== 'live') return;
    later(() => {
      if (this.page === page && this.renderer === 'live') page.deliver(channel, ...args);
    });
  }
  isDevToolsOpened(): boolean {
    return this.devToolsOpened;
  }
  /** A key press, as `before-input-event` reports it; returns whether main kept it from the page. */
  press(key: string, code: string, modifiers: Partial<KeyInput> = {}): boolean {
    let prevented = false;
    const input: KeyInput = { type: 'keyDown', key, code, control: false, alt: false, shift: false, meta: false, ...modifiers };
    this.emit('before-input-event', { preventDefault: () => (prevented = true) }, input);
    return prevented;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits a `will-*` event the way Chromium does; returns whether a listener prevented it. */
  attempt(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url = ''): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
  /** Every listener main left on these contents, of any event. */
  listenerTotal(): number {
    return this.eventNames().reduce((total, name) => total + this.listenerCount(name), 0);
  }
  private die(reason: string, exitCode: number): void {
    if (this.renderer === 'dying' || this.renderer === 'gone') return;
    this.renderer = 'dying';
    this.page = undefined;
    later(() => {
      this.renderer = 'gone';
      // Chromium deletes the process's frames before telling anyone the process is gone.
      this.mainFrame.disposed = true;
      this.emit('render-process-gone', {}, { reason, exitCode });
    });
  }
}
