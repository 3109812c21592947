import { join, resolve } from 'node:path';
import type { ParsedFlags } from '../common/host/flags';
import type { Settings } from '../common/settings/settings';
import { ANNOUNCEMENTS_FILE } from '../common/announcements/load-announcements';
import { CONTENT_FILES } from '../common/content/load-content';
import { formatProblem } from '../common/content/problem';
import { themeOf } from '../common/settings/theme-settings';
import { createShowStore, type ShowStore } from '../common/show/show-store';
import type { Logger } from '../node/logger';
import { readAnnouncements } from '../node/read-announcements';
import { watchContentFiles, type FileWatch } from './content-watch';
import { createHostProblems, type HostProblems } from './host-problems';
import { layerSettings, USER_SETTINGS_FILE } from './launch-settings';
import { loadShowContent, readShowContent, type ShowContent } from './show-content';
import { readSavedShow, saveShowOnChange, SHOW_STATE_FILE, startingShow, type ShowFlags } from './show-persistence';

export interface ShowOwnerOptions {
  /** The content folder the app ships (`<app>/content`), read when no `--content` is given. */
  readonly builtInContentFolder: string;
  /** The content compiled in at build time, shown when the content folder is broken. */
  readonly fallbackContent: ShowContent;
  /** The app's data folder: the user's settings file and the saved show live there. */
  readonly dataFolder: string;
  readonly flags: ParsedFlags;
  readonly log: Logger;
}

/** The one show of this machine, as the Electron host and the show server both run it. */
export interface ShowOwner {
  readonly store: ShowStore;
  /** What a person can fix: content, settings and flags here; the host adds its own (displays). */
  readonly problems: HostProblems;
  /** The settings this launch runs with (content folder < user settings file < flags). */
  readonly settings: Settings;
  /** The content folder the show reads, as an absolute path. */
  readonly contentFolder: string;
  /** Writes the show's place now (before a relaunch); it is also saved a second after each change. */
  flush(): void;
  /**
   * Reads the content folder and the settings files again and shows what they say now,
   * on the same slide. Content that cannot be shown never reaches the screen: the last
   * good version stays, and the problems (file and line) are listed until it is fixed.
   */
  reload(): void;
  /** Calls `listener` after each `reload` (the files read again, whatever they said); returns the function that stops it. */
  onReload(listener: () => void): () => void;
  /** Reloads whenever a content or settings file is saved, until stopped. */
  watchFiles(): FileWatch;
  /** Saves the show's place a last time and stops the store. */
  close(): void;
}

/** Logs each line of a problem source (each one the show runs on despite) and keeps them for the presenter view. */
export function reportProblems(problems: HostProblems, source: string, lines: readonly string[], log: Logger): void {
  for (const line of lines) log.warn(line);
  problems.set(source, lines);
}

/**
 * Reads the content folder's announcements file and lists what is wrong with it, each
 * line logged at its severity, for the presenter view, as `npm run deck` lists it. The
 * store offers the file's announcements only when it has no error; a broken file leaves
 * the last good list (none, at the start) on offer, and says so.
 */
function offerAnnouncements(contentFolder: string, store: ShowStore, problems: HostProblems, log: Logger): void {
  const loaded = readAnnouncements(contentFolder);
  for (const problem of loaded.problems) {
    if (problem.severity === 'error') log.error(formatProblem(problem));
    else log.warn(formatProblem(problem));
  }
  const lines = loaded.problems.map(formatProblem);
  if (loaded.ok) store.replaceAnnouncements(loaded.announcements);
  else lines.push(`the presenter view keeps offering the last good announcements (${store.getSnapshot().announcements?.length ?? 0}) until ${ANNOUNCEMENTS_FILE} is fixed`);
  problems.set('announcements', lines);
}

/**
 * Opens the show: content and settings (content folder < user settings file < flags),
 * the show restored from the last run (flags win over it), and the one store, saved to
 * the data folder while it runs. Nothing here needs Electron, so `npm run serve` and the
 * Electron host run the very same show.
 */
export function openShowOwner(options: ShowOwnerOptions): ShowOwner {
  const { flags, log, dataFolder } = options;
  const problems = createHostProblems();
  const contentFolder = flags.contentFolder === undefined ? options.builtInContentFolder : resolve(flags.contentFolder);
  const content = loadShowContent(contentFolder, options.fallbackContent, log);
  problems.set('content', content.problems);
  reportProblems(problems, 'flags', [...flags.problems, ...flags.notices], log);
  if (flags.passedOn.length > 0) log.info(`passed to Chromium: ${flags.passedOn.join(' ')}`);
  const userFile = join(dataFolder, USER_SETTINGS_FILE);
  const layered = layerSettings(content.settings, userFile, flags);
  reportProblems(problems, 'settings', layered.problems, log);
  const { settings } = layered;
  const showFlags: ShowFlags = Object.fromEntries((['mode', 'languages', 'autoLoop'] as const).filter((key) => layered.fromFlags.has(key)).map((key) => [key, settings[key]]));

  const stateFile = join(dataFolder, SHOW_STATE_FILE);
  const start = startingShow(readSavedShow(stateFile, log), content.deck, settings, showFlags, Date.now());
  const store = createShowStore(content.deck, start.settings, start.initial === undefined ? {} : { initial: start.initial });
  offerAnnouncements(contentFolder, store, problems, log);
  const saver = saveShowOnChange(store, settings, stateFile, log);
  let fileSettings = settings;
  const reloadListeners = new Set<() => void>();
  const reload = (): void => {
    readFilesAgain();
    for (const listener of [...reloadListeners]) listener();
  };
  const readFilesAgain = (): void => {
    offerAnnouncements(contentFolder, store, problems, log);
    // Colours too faint to read never reach the screen: the ones on it now stay.
    const onScreen = themeOf(store.getSnapshot().settings);
    const edited = readShowContent(contentFolder, log, onScreen);
    if (edited.content === undefined) {
      const kept = `the show keeps the last good version of ${contentFolder} until this is fixed`;
      log.error(kept);
      problems.set('content', [...edited.problems, kept]);
      return;
    }
    problems.set('content', edited.problems);
    const relayered = layerSettings(edited.content.settings, userFile, flags, onScreen);
    reportProblems(problems, 'settings', relayered.problems, log);
    store.replaceContent(edited.content.deck, fileSettings, relayered.settings);
    fileSettings = relayered.settings;
    log.info(`the content was edited: showing the new version of ${contentFolder}`);
  };
  return {
    store,
    problems,
    settings,
    contentFolder,
    flush: () => saver.flush(),
    reload,
    onReload(listener) {
      reloadListeners.add(listener);
      return () => reloadListeners.delete(listener);
    },
    watchFiles() {
      // A packaged app's own content is inside app.asar, which never changes: only the user's settings can.
      const contentFiles = contentFolder.includes('.asar') ? [] : [...Object.values(CONTENT_FILES), ANNOUNCEMENTS_FILE].map((file) => join(contentFolder, file));
      return watchContentFiles([...contentFiles, userFile], reload, log);
    },
    close() {
      saver.flush();
      saver.stop();
      store.dispose();
    },
  };
}
