/**
 * `npm run deck`: compiles the content folder and prints the deck for review.
 *   npm run deck                     an aligned table of every slide in every language, and how
 *                                    long one round of the loop lasts
 *   npm run deck -- --json           exactly one JSON document on standard output
 *   npm run deck -- --content DIR    another content folder (or --content=DIR)
 * Problems go to standard error as `file:line: severity: message`; errors exit with 1.
 * The announcements (announcements.yaml) are checked too: an error there exits with 1,
 * although the slides themselves are printed.
 */
import type { LoadedAnnouncements } from '../common/announcements/load-announcements';
import { formatProblem } from '../common/content/problem';
import { loopTurns, roundMs } from '../common/show/loop-turns';
import { readAnnouncements } from '../node/read-announcements';
import { readContentFolder } from '../node/read-content-folder';
import { deckToJson } from './deck-json';
import { formatDeckTable } from './deck-table';
import { durationText } from './duration-text';

const USAGE = 'usage: npm run deck -- [--json] [--content DIR]';

function main(args: readonly string[]): number {
  let json = false;
  let folder = 'content';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--json') json = true;
    else if (arg === '--content' || arg?.startsWith('--content=') === true) {
      const value = arg === '--content' ? args[(index += 1)] : arg.slice('--content='.length);
      // An empty value would read the folder the command runs in, which is not what was meant.
      if (value === undefined || value === '' || value.startsWith('--')) {
        process.stderr.write(`deck: --content needs a value: --content DIR\n${USAGE}\n`);
        return 2;
      }
      folder = value;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      process.stderr.write(`deck: unknown argument "${arg}"\n${USAGE}\n`);
      return 2;
    }
  }
  const content = readContentFolder(folder);
  const announcements = readAnnouncements(folder);
  for (const problem of [...content.problems, ...announcements.problems]) process.stderr.write(`${formatProblem(problem)}\n`);
  if (!content.ok) {
    process.stderr.write('deck: the content has errors; fix the lines above and run again.\n');
    return 1;
  }
  const { deck, settings } = content;
  const turns = loopTurns(deck, settings);
  // The round under the content's own settings: what the show loops, and what `npm run export` makes a video of.
  const round = `one round: ${durationText(roundMs(turns))} (${turns.length} frames, ${settings.mode} mode, ${settings.languages.join(' then ')})`;
  const output = json ? deckToJson(deck, settings) : `${formatDeckTable(deck, process.stdout.columns ?? 160)}\n${announcementsLine(announcements)}\n${round}`;
  process.stdout.write(`${output}\n`);
  if (!announcements.ok) {
    process.stderr.write('deck: the announcements have errors; fix the lines above and run again.\n');
    return 1;
  }
  return 0;
}

/** The announcements ready to put up, by id, that there are none, or that the file has errors. */
function announcementsLine(announcements: LoadedAnnouncements): string {
  if (!announcements.ok) return 'announcements: none can be put up until the errors above are fixed';
  const ids = announcements.announcements.map((announcement) => announcement.id);
  return ids.length === 0 ? 'announcements: none written (see announcements.yaml)' : `announcements: ${ids.length} (${ids.join(', ')})`;
}

process.exitCode = main(process.argv.slice(2));
