// Electron's `WebContents` as the host uses it: the page's events in the order and at the
// time Chromium fires them, and a renderer process that lives, hangs, dies and is replaced.
// The sources cited are electron/electron at 96f3996d8d.
import { EventEmitter } from 'node:events';
import type { KeyInput } from '../../../common/host/exit-keys';
import type { FrameLike } from '../../../electron/known-windows';
import { FakePageIpc, later, type FakePreload, type MainSide } from './fake-page-ipc';
import { copyAcrossProcesses } from './ipc-copy';

/** What Electron throws when a `WebFrameMain` is used while its render frame is gone. */
export const FRAME_DISPOSED = 'Render frame was disposed before WebFrameMain could be accessed';

/**
 * What Electron throws (a TypeError) from every native method and property of a
 * `BrowserWindow` or `WebContents` once it is destroyed; `isDestroyed()` alone still answers
 * (ArgumentHolder in shell/common/gin_helper/function_template.h, for member functions bound
 * with holder_is_first_argument; Destroyable::MakeDestroyable in destroyable.cc).
 */
export const OBJECT_DESTROYED = 'Object has been destroyed';

/** Throws as Electron does when `destroyed`. */
export function throwIfDestroyed(destroyed: boolean): void {
  if (destroyed) throw new TypeError(OBJECT_DESTROYED);
}

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
 * - `dying`: it was told to crash, and has not died yet;
 * - `dead`: it died, and Chromium knows: `isCrashed()` is true and its frames are disposed,
 *   but the `render-process-gone` that says so is still to come, in a task of its own;
 * - `gone`: dead, and main was told; a reload starts a new process.
 */
export type RendererState = 'live' | 'hung' | 'dying' | 'dead' | 'gone';

/** What the page runs in: which `ipcMain` hears it, which preload its documents get, and where main's stderr goes. */
export interface FakeRendererSetup {
  readonly main?: MainSide;
  readonly preload?: FakePreload;
  /** The main process's standard error, where Electron prints what it catches itself. */
  readonly stderr?: string[];
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** What Electron printed to the main process's stderr for these contents. */
  readonly stderr: string[];
  windowOpenHandler: ((details: { readonly url: string }) => { action: 'deny' }) | undefined;
  renderer: RendererState = 'live';
  reloads = 0;
  /** Reloads that landed in a renderer that was already dying, and died with it (electron/electron#48661). */
  lostReloads = 0;
  crashesForced = 0;
  destroyed = false;
  devToolsOpened = false;
  private page: FakePageIpc | undefined;
  private readonly frame: FakeFrame;
  constructor(
    mainFrame: FakeFrame = fakeFrame(),
    private readonly setup: FakeRendererSetup = {},
  ) {
    super();
    this.frame = mainFrame;
    this.stderr = setup.stderr ?? [];
  }
  /** A native property: it throws once the contents are destroyed. */
  get mainFrame(): FakeFrame {
    throwIfDestroyed(this.destroyed);
    return this.frame;
  }
  /** A navigation: Electron emits `did-start-loading` in a later task, then the document loads and runs the preload. */
  navigate(): void {
    later(() => {
      if (this.destroyed || this.renderer !== 'live') return;
      this.emit('did-start-loading');
      this.page = new FakePageIpc(this.frame, this.setup.main);
      this.setup.preload?.(this.page);
    });
  }
  /** The page's main thread gets stuck, say in an endless loop. */
  hang(): void {
    if (this.renderer === 'live') this.renderer = 'hung';
  }
  /**
   * A renderer that dies by itself. Chromium learns of it first (`isCrashed()`, the frames
   * disposed: WebContents::RenderFrameDeleted, electron_api_web_contents.cc) and Electron
   * emits `render-process-gone` in a task of its own (PrimaryMainFrameRenderProcessGone posts
   * EmitRenderProcessGone, electron/electron#51900, 571d6e9d51).
   */
  crash(reason = 'crashed', exitCode = 139): void {
    if (this.destroyed || this.renderer === 'dying' || this.renderer === 'dead' || this.renderer === 'gone') return;
    this.die(reason, exitCode);
  }
  /**
   * On Linux, Electron only asks the renderer to crash itself (`rph->ForceCrash()` in
   * WebContents::ForcefullyCrashRenderer): the renderer dies in a later task, as its IO thread
   * gets the message, and then Chromium learns of it as of any death (see `crash`).
   */
  forcefullyCrashRenderer(): void {
    throwIfDestroyed(this.destroyed);
    this.crashesForced += 1;
    if (this.renderer !== 'live' && this.renderer !== 'hung') return;
    this.renderer = 'dying';
    this.page = undefined;
    later(() => {
      if (!this.destroyed && this.renderer === 'dying') this.die('crashed', 133);
    });
  }
  /** Electron's `reload()`: a new process if the old one is dead; else the same process, for better or worse. */
  reload(): void {
    throwIfDestroyed(this.destroyed);
    this.reloads += 1;
    if (this.renderer === 'dying') {
      this.lostReloads += 1;
      return;
    }
    // A hung renderer never runs the unload that a reload waits for.
    if (this.renderer === 'hung') return;
    this.renderer = 'live';
    this.frame.disposed = false;
    this.navigate();
  }
  /** Chromium's WebContentsImpl::IsCrashed: true from the renderer's death on, before `render-process-gone` (see `crash`). */
  isCrashed(): boolean {
    throwIfDestroyed(this.destroyed);
    return this.renderer === 'dead' || this.renderer === 'gone';
  }
  /**
   * Main's `webContents.send`, which is `this.mainFrame.send(...)` (lib/browser/api/web-contents.ts):
   * a destroyed contents throws from `mainFrame`. WebFrameMain.prototype.send
   * (lib/browser/api/web-frame-main.ts) catches what its native `_send` throws (the arguments
   * cannot be copied, or the frame is disposed: WebFrameMain::Send) and prints it to stderr,
   * so the caller never sees it. The arguments are copied at once, as Electron serializes
   * them, and delivered to the preload in a later task, while the page's main thread runs.
   */
  send(channel: string, ...args: unknown[]): void {
    const frame = this.mainFrame;
    let copied: unknown[];
    try {
      copied = copyAcrossProcesses(args, 'Failed to serialize arguments');
      if (frame.disposed) throw new Error(FRAME_DISPOSED);
    } catch (error) {
      this.stderr.push(`Error sending from webFrameMain:  ${String(error)}`);
      return;
    }
    this.sent.push({ channel, args: copied });
    const page = this.page;
    if (page === undefined || this.renderer !== 'live') return;
    later(() => {
      if (this.page === page && this.renderer === 'live') page.deliver(channel, ...copied);
    });
  }
  isDevToolsOpened(): boolean {
    throwIfDestroyed(this.destroyed);
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
    throwIfDestroyed(this.destroyed);
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
  /**
   * `webContents.close()`: the page closes (WebContents::CloseContents emits `close`), and the
   * contents are destroyed in a later task (WebContents::Destroy posts DeleteThisIfAlive).
   * The window showing them closes once they are (BrowserWindow::WebContentsDestroyed).
   */
  close(): void {
    throwIfDestroyed(this.destroyed);
    this.emit('close');
    later(() => this.destroyNow());
  }
  /** The contents are gone: their frames with them, and no event of the renderer's comes after (its tasks hold a weak pointer). */
  destroyNow(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.page = undefined;
    this.frame.disposed = true;
    this.emit('destroyed');
  }
  private die(reason: string, exitCode: number): void {
    this.renderer = 'dead';
    this.page = undefined;
    // Chromium deletes the process's frames before telling anyone the process is gone.
    this.frame.disposed = true;
    // The task holds the contents by a weak pointer only: it comes unless they are destroyed,
    // even after a reload in the meantime has started a new process.
    later(() => {
      if (this.destroyed) return;
      if (this.renderer === 'dead') this.renderer = 'gone';
      this.emit('render-process-gone', {}, { reason, exitCode });
    });
  }
}
