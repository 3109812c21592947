import { isAppOrigin } from './app-url';
import type { FrameLike, HostWindow, KnownWindows } from './known-windows';

/** Whether a message may be acted on, and for which window; or why not, for the log. */
export type SenderCheck<W> = { readonly ok: true; readonly window: W } | { readonly ok: false; readonly reason: string };

/**
 * Accepts a message only from the main frame of one of our windows while it shows our
 * own page. An iframe, a window we did not open, or a page that somehow left the app
 * origin cannot drive the show.
 */
export function checkSender<W extends HostWindow>(frame: FrameLike | null, windows: KnownWindows<W>): SenderCheck<W> {
  // Electron gives `null` when the frame navigated away or was destroyed before we got here.
  if (frame === null) return { ok: false, reason: 'the sending frame is gone' };
  let url: string;
  try {
    url = frame.url;
  } catch {
    // Its renderer died, and Electron throws "Render frame was disposed before WebFrameMain
    // could be accessed" until a reload swaps in a new render frame (CheckRenderFrame in
    // shell/browser/api/electron_api_web_frame_main.cc). A throw here would escape the IPC
    // listener: an uncaught exception in main.
    return { ok: false, reason: 'the sending frame was disposed (its renderer is gone)' };
  }
  const window = windows.byMainFrame(frame);
  if (window === undefined) return { ok: false, reason: `${url} is not the main frame of a known window` };
  if (!isAppOrigin(url)) return { ok: false, reason: `${url} is not on the app origin` };
  return { ok: true, window };
}
