import { isPresenterUrl } from './app-url';
import type { HostWindow } from './known-windows';

/**
 * Whether `window` shows the presenter view now: the only window told the show server's
 * codes. A window whose renderer just died has no document to ask: Electron's
 * `WebFrameMain.url` throws "Render frame was disposed before WebFrameMain could be
 * accessed" until a reload brings a new render frame (`CheckRenderFrame` in
 * shell/browser/api/electron_api_web_frame_main.cc). Such a window is no presenter view
 * for now; it asks for the codes again once it has loaded.
 */
export function showsPresenterView(window: HostWindow): boolean {
  try {
    return isPresenterUrl(window.webContents.mainFrame.url);
  } catch {
    return false;
  }
}
