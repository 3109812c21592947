import type { Deck } from '../../common/deck/deck';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings/settings';
import type { ShowCommand, TickCommand } from '../../common/show/commands';
import { showReducer } from '../../common/show/reducer';
import { createFrameCache, type Show } from '../../common/show/show-model';
import { initialState, type ShowState } from '../../common/show/show-state';
import { SAMPLE_DECK } from './sample-deck';

/** Runs the reducer directly, at a given time, for tests that read like a script. */
export function createHarness(settings: Partial<Settings> = {}, deck: Deck = SAMPLE_DECK) {
  const framesOf = createFrameCache();
  let show: Show = { settings: { ...DEFAULT_SETTINGS, ...settings }, state: initialState(0, settings.autoLoop ?? false) };
  return {
    get show() {
      return show;
    },
    get state(): ShowState {
      return show.state;
    },
    frames: () => framesOf(deck, show.settings),
    set(state: Partial<ShowState>) {
      show = { ...show, state: { ...show.state, ...state } };
    },
    run(now: number, ...commands: (ShowCommand | TickCommand)[]) {
      for (const command of commands) show = showReducer(show, command, { deck, now, framesFor: (each) => framesOf(deck, each.settings) });
      return show.state;
    },
  };
}
