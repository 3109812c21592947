// Electron's `WebContents` as the host uses it: the page's events, as Chromium fires them.
import { EventEmitter } from 'node:events';
import type { KeyInput } from '../../../common/host/exit-keys';
import type { FrameLike } from '../../../electron/known-windows';

/** A frame: identity by reference, like Electron's `WebFrameMain`. */
export function fakeFrame(url = 'app://yeondae/index.html'): FrameLike {
  return { url };
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { readonly url: string }) => { action: 'deny' }) | undefined;
  reloads = 0;
  destroyed = false;
  /** What `executeJavaScript` does: answer (a live page), hang (a page stuck in a loop) or fail. */
  pageAnswers: 'answer' | 'hang' | 'fail' = 'answer';
  pings = 0;
  crashesForced = 0;
  devToolsOpened = false;
  constructor(readonly mainFrame: FrameLike = fakeFrame()) {
    super();
  }
  executeJavaScript(_code: string): Promise<unknown> {
    this.pings += 1;
    if (this.pageAnswers === 'hang') return new Promise(() => undefined);
    return this.pageAnswers === 'answer' ? Promise.resolve(0) : Promise.reject(new Error('Script failed to execute'));
  }
  isDevToolsOpened(): boolean {
    return this.devToolsOpened;
  }
  /** What Chromium does: the renderer dies, and says so. */
  forcefullyCrashRenderer(): void {
    this.crashesForced += 1;
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
  }
  /** A renderer that dies by itself. */
  crash(reason = 'crashed'): void {
    this.emit('render-process-gone', {}, { reason, exitCode: 139 });
  }
  /** A key press, as `before-input-event` reports it; returns whether main kept it from the page. */
  press(key: string, code: string, modifiers: Partial<KeyInput> = {}): boolean {
    let prevented = false;
    const input: KeyInput = { type: 'keyDown', key, code, control: false, alt: false, shift: false, meta: false, ...modifiers };
    this.emit('before-input-event', { preventDefault: () => (prevented = true) }, input);
    return prevented;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  reload(): void {
    this.reloads += 1;
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
}
