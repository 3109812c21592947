import type { Deck } from '../../common/deck/deck';
import { withFirstLanguage, type Settings } from '../../common/settings/settings';
import { createShowStore } from '../../common/show/show-store';
import type { ShowConnection } from './show-connection';
import type { UrlOptions } from './url-options';

/**
 * The show in a plain browser: the same store the main process runs, held in this page.
 */
export function createBrowserConnection(
  deck: Deck,
  settings: Settings,
  options: UrlOptions,
  warn: (message: string) => void,
): ShowConnection {
  const chosen = options.lang === undefined ? settings : withFirstLanguage(settings, options.lang);
  const store = createShowStore(deck, chosen);
  if (options.slide !== undefined) {
    if (deck.slides.some((slide) => slide.id === options.slide)) {
      store.dispatch({ type: 'goToSlide', slideId: options.slide });
    } else {
      warn(`Yeondae: there is no slide "${options.slide}"; starting at the first slide`);
    }
  }
  return {
    getSnapshot: () => store.getSnapshot(),
    subscribe: (listener) => store.subscribe(() => listener()),
    send: (command) => store.dispatch(command),
    toggleFullscreen() {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen().catch(() => undefined);
    },
  };
}
