import type { Deck } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';
import { parseShowCommand } from '../../common/show/commands';
import { parsePersistedShow, restoreShow, toPersistedShow, type SettingsBasis } from '../../common/show/persisted-show';
import { buildFrames, findFrame } from '../../common/show/frames';
import { createShowStore, type ShowSnapshot, type ShowStore } from '../../common/show/show-store';
import { initialState, type ShowState } from '../../common/show/show-state';
import { browserWindowActions } from './browser-window-actions';
import type { ShowConnection } from './show-connection';
import { createSnapshotCell } from './snapshot-cell';
import { TAB_CHANNEL, TAB_OWNER_LOCK } from './tab-names';
import type { UrlOptions } from './url-options';

const STORAGE_KEY = 'yeondae-show';

/**
 * What tabs of one browser say to each other about the show. A change that moves the show
 * only (the deck, the settings and the written announcements as they were) goes as its
 * state, not as the whole snapshot: a clicker held down sends one a frame, and the deck
 * is the largest part of a snapshot to copy.
 */
type TabMessage =
  | { readonly kind: 'hello' }
  | { readonly kind: 'command'; readonly command: unknown }
  | { readonly kind: 'snapshot'; readonly snapshot: ShowSnapshot }
  | { readonly kind: 'state'; readonly state: ShowState };

/** Whether `next` differs from `before` in its state alone. */
const onlyStateChanged = (before: ShowSnapshot, next: ShowSnapshot): boolean =>
  before.deck === next.deck && before.settings === next.settings && before.announcements === next.announcements;

/** How long a tab waits for the owner to answer its hello before saying it again: sooner at first, then every few seconds. */
const HELLO_AGAIN_AFTER_MS = [250, 1000, 3000];

/** The owner tab saves the show at most this often: a run of quick presses is saved a few times a second, and where it ends. */
const SAVE_AT_MOST_EVERY_MS = 250;

/**
 * The show in a plain browser, shared by all its tabs: one tab (the first, chosen with a
 * Web Lock) owns the store, as the main process does in Electron; every tab is a view
 * that sends commands and draws snapshots over a BroadcastChannel. When the owner tab
 * closes, the next tab takes over from the last snapshot it saw, and the last position
 * is kept in localStorage so the show survives a reload.
 */
export function createTabConnection(deck: Deck, fileSettings: Settings, options: UrlOptions, warn: (message: string) => void): ShowConnection {
  // In a browser the only problems a person can fix are in the address; they are known at once.
  const problems: string[] = [];
  const warnAndKeep = (message: string): void => {
    problems.push(message);
    warn(message);
  };
  const cell = createSnapshotCell();
  const channel = new BroadcastChannel(TAB_CHANNEL);
  const post = (message: TabMessage): void => channel.postMessage(message);
  // Whether another tab has spoken on the channel. Every tab says hello as it opens, and
  // the lock goes to the tabs in the order they opened, so whichever tab owns the show has
  // heard from every other tab still open. Until one has spoken, nobody listens, and the
  // owner of a show alone in its browser (a kiosk) copies and sends nothing per change.
  let othersListen = false;
  /** The last snapshot of the owner's this tab has had, while it does not own the show. */
  let fromOwner: ShowSnapshot | undefined;
  let store: ShowStore | undefined;

  const becomeOwner = (): void => {
    store = createOwnerStore(deck, fileSettings, options, cell.get(), warnAndKeep);
    const saver = createShowSaver({ ...fileSettings, ...options.settings });
    // The last snapshot the other tabs have, or would have had: a tab that says hello gets the store's.
    let before = store.getSnapshot();
    store.subscribe((snapshot) => {
      cell.set(snapshot);
      if (othersListen) post(onlyStateChanged(before, snapshot) ? { kind: 'state', state: snapshot.state } : { kind: 'snapshot', snapshot });
      before = snapshot;
      saver.save(snapshot);
    });
    cell.set(before);
    if (othersListen) post({ kind: 'snapshot', snapshot: before });
  };

  // The channel and the lock are separate ways to the browser: a tab opening in the same
  // moment as the owner (a session restored) could say hello before the owner's channel
  // hears. A tab says it again, less and less often, until the owner answers or it owns the show.
  const sayHelloUntilAnswered = (attempt = 0): void => {
    post({ kind: 'hello' });
    setTimeout(() => {
      if (store === undefined && fromOwner === undefined) sayHelloUntilAnswered(attempt + 1);
    }, HELLO_AGAIN_AFTER_MS[Math.min(attempt, HELLO_AGAIN_AFTER_MS.length - 1)]);
  };

  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    othersListen = true;
    const message = event.data;
    if (store !== undefined) {
      if (message.kind === 'hello') post({ kind: 'snapshot', snapshot: store.getSnapshot() });
      if (message.kind === 'command') {
        const command = parseShowCommand(message.command);
        if (command !== undefined) store.dispatch(command);
      }
    } else if (message.kind === 'snapshot') {
      fromOwner = message.snapshot;
      cell.set(fromOwner);
    } else if (message.kind === 'state' && fromOwner !== undefined) {
      // Only on a snapshot of the owner's: the saved show this tab started from may be a
      // moment old or in other settings. Until its hello is answered, it waits for a whole one.
      fromOwner = { ...fromOwner, state: message.state };
      cell.set(fromOwner);
    }
  };
  // The owner saves the show as it changes (a few times a second at most, and where a run
  // of presses ends), so the saved show is the show: a tab shows it at once, rather than
  // after the Web Lock (tens of ms in a fresh page), and the tab that gets the lock carries
  // on from it. Not when the address chooses the slide, the languages or the mode: a tab
  // that does not own the show ignores those, and would show a wrong slide.
  if (!addressChoosesFrame(options)) cell.set({ deck, ...ownerStart(deck, fileSettings, options, warnAndKeep) });
  if ('locks' in navigator) {
    // The lock is held for the life of the tab; the promise never settles on purpose.
    void navigator.locks.request(TAB_OWNER_LOCK, () => {
      becomeOwner();
      return new Promise<never>(() => undefined);
    });
  } else {
    becomeOwner();
  }
  sayHelloUntilAnswered();

  return {
    now: () => Date.now(),
    getSnapshot: cell.get,
    subscribe: cell.subscribe,
    send: (command) => (store !== undefined ? store.dispatch(command) : post({ kind: 'command', command })),
    ...browserWindowActions,
    watchProblems(listener) {
      listener([...options.problems, ...problems]);
      return () => undefined;
    },
    // The tabs of one browser share the show; no server, so nothing to show or replace.
    watchNetwork(listener) {
      listener({ link: { kind: 'local' } });
      return () => undefined;
    },
    replaceToken: () => undefined,
    chooseAddress: () => undefined,
  };
}

/**
 * Where the owner tab starts the show: from the saved show, else from the start; settings
 * chosen in the address win over both, and an address that names a slide starts there.
 */
function ownerStart(deck: Deck, fileSettings: Settings, options: UrlOptions, warn: (message: string) => void): Omit<ShowSnapshot, 'deck'> {
  const settings = { ...fileSettings, ...options.settings };
  const saved = loadShow();
  const { mode, languages, autoLoop } = options.settings;
  const restored =
    saved === undefined
      ? undefined
      : restoreShow({ ...saved, ...(mode && { mode }), ...(languages && { languages }), ...(autoLoop !== undefined && { looping: autoLoop }) }, deck, settings, Date.now());
  const start = restored ?? { settings, state: initialState(Date.now(), settings.autoLoop) };
  // An address that names a slide starts there, as if the show had begun on it: a kiosk
  // address with `?loop&slide=4b` loops from 4b rather than counting as a person's key press.
  const frame = options.slide === undefined ? undefined : findFrame(buildFrames(deck, start.settings.languages, start.settings.mode), deck, options.slide);
  if (options.slide !== undefined && frame === undefined) warn(`Yeondae: there is no slide "${options.slide}"; staying where the show is`);
  return { settings: start.settings, state: frame === undefined ? start.state : { ...start.state, frame, langTurn: 0 } };
}

/**
 * Whether the address chooses what is on screen (the slide, the languages, the mode).
 * Only the owner tab follows those; any other tab shows the owner's show.
 */
const addressChoosesFrame = (options: UrlOptions): boolean =>
  options.slide !== undefined || options.settings.languages !== undefined || options.settings.mode !== undefined;

/**
 * The store of the owner tab. It continues from the previous owner's last snapshot when
 * there was one (or from the show this tab started with before it owned it), else from
 * where `ownerStart` says.
 */
function createOwnerStore(deck: Deck, fileSettings: Settings, options: UrlOptions, handedOver: ShowSnapshot | undefined, warn: (message: string) => void): ShowStore {
  const start = handedOver ?? ownerStart(deck, fileSettings, options, warn);
  return createShowStore(deck, start.settings, { initial: start.state });
}

/**
 * Saves each change of the show at once, but no more than once every `SAVE_AT_MOST_EVERY_MS`:
 * a run of quicker changes (a clicker held down) is saved as it goes and once more where it
 * ends, and at once when the page goes away (closed, reloaded, put in the background). A
 * crash in the middle of a run restarts the show a few presses back, never on a wrong slide.
 */
function createShowSaver(basis: SettingsBasis): { save(snapshot: ShowSnapshot): void } {
  let unsaved: ShowSnapshot | undefined;
  let resting: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    if (unsaved !== undefined) saveShow(unsaved, basis);
    unsaved = undefined;
  };
  const rest = (): void => {
    resting = setTimeout(() => {
      resting = undefined;
      if (unsaved === undefined) return;
      write();
      rest();
    }, SAVE_AT_MOST_EVERY_MS);
  };
  addEventListener('pagehide', write);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') write();
  });
  return {
    save(snapshot) {
      unsaved = snapshot;
      if (resting !== undefined) return;
      write();
      rest();
    },
  };
}

function saveShow(snapshot: ShowSnapshot, basis: SettingsBasis): void {
  const persisted = toPersistedShow(snapshot, basis);
  try {
    if (persisted !== undefined) localStorage.setItem(STORAGE_KEY, JSON.stringify(persisted));
  } catch {
    // Storage full or disabled: the show goes on, it only will not survive a reload.
  }
}

function loadShow() {
  try {
    return parsePersistedShow(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return undefined;
  }
}
