import { themeColors } from '../../common/theme/theme-colors';
import type { ShowConnection } from '../connection/show-connection';

/**
 * Paints the show's colours into the page's CSS custom properties (`--show-background`,
 * `--show-text`, `--show-muted`), now and whenever the show's settings change them, so
 * every view that draws a slide (the audience screen, the presenter's previews, another
 * screen on the network) follows a live edit of the theme without a reload. Returns the
 * function that stops it.
 */
export function followTheme(connection: ShowConnection, root: HTMLElement = document.documentElement): () => void {
  let painted = '';
  let seen: unknown;
  const paint = (): void => {
    const settings = connection.getSnapshot()?.settings;
    // The same settings as the last snapshot's (every slide change and loop tick of one show): the same colours.
    if (settings === undefined || settings === seen) return;
    seen = settings;
    const colors = themeColors(settings);
    const key = `${settings.theme} ${colors.background} ${colors.text}`;
    // Snapshots arrive on every slide change and loop tick: restyle the page only when the colours change.
    if (key === painted) return;
    painted = key;
    root.dataset.theme = settings.theme;
    root.style.setProperty('--show-background', colors.background);
    root.style.setProperty('--show-text', colors.text);
    root.style.setProperty('--show-muted', colors.muted);
  };
  paint();
  return connection.subscribe(paint);
}
