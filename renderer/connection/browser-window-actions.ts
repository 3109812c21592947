import type { ShowConnection } from './show-connection';

/** Fullscreen and the presenter view, as a plain browser page does them (no host to ask). */
export const browserWindowActions: Pick<ShowConnection, 'toggleFullscreen' | 'openPresenter'> = {
  toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  },
  openPresenter() {
    window.open(`${window.location.pathname}?view=presenter`, 'yeondae-presenter');
  },
};
