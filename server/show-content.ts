import { formatProblem } from '../common/content/problem';
import type { Deck } from '../common/deck/deck';
import type { Settings } from '../common/settings/settings';
import type { ThemeSettings } from '../common/settings/theme-settings';
import { readContentFolder } from '../node/read-content-folder';
import type { Logger } from '../node/logger';

/** A deck and the settings to run it with. */
export interface ShowContent {
  readonly deck: Deck;
  readonly settings: Settings;
}

/** The content the show runs, where it came from, and what was wrong with the folder, one line each. */
export interface LoadedShowContent extends ShowContent {
  readonly from: 'folder' | 'fallback';
  readonly problems: readonly string[];
}

/**
 * Reads a content folder, logging every problem at its severity (file and line, for
 * whoever edits it). `content` is absent when the folder cannot be shown; what to show
 * instead is the caller's choice. On a live edit, `lastGoodTheme` is the colours on
 * screen, kept if the file's are too faint to read.
 */
export function readShowContent(folder: string, log: Logger, lastGoodTheme?: ThemeSettings): { readonly content: ShowContent | undefined; readonly problems: readonly string[] } {
  const loaded = readContentFolder(folder, lastGoodTheme);
  const problems = loaded.problems.map(formatProblem);
  loaded.problems.forEach((problem, index) => {
    const line = problems[index] ?? '';
    if (problem.severity === 'error') log.error(line);
    else log.warn(line);
  });
  return { content: loaded.ok ? { deck: loaded.deck, settings: loaded.settings } : undefined, problems };
}

/**
 * Reads the content folder at start-up. A kiosk must never open on an error, so when
 * the folder is broken it runs the show from `fallback`, the content as it was at the
 * last good build.
 */
export function loadShowContent(folder: string, fallback: ShowContent, log: Logger): LoadedShowContent {
  const { content, problems } = readShowContent(folder, log);
  if (content === undefined) {
    const fellBack = `the content in ${folder} cannot be shown; showing the content from the last build instead`;
    log.error(fellBack);
    return { ...fallback, from: 'fallback', problems: [...problems, fellBack] };
  }
  return { ...content, from: 'folder', problems };
}
