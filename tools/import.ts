/**
 * `npm run import`: makes a content folder from a statement's two texts, as pasted.
 *   npm run import -- --en english.txt --ko korean.txt --out DIR [--force]
 * Writes DIR/statement.yaml, DIR/settings.yaml and DIR/source/statement.txt, and prints
 * the aligned segments side by side, the ones to check first marked with `?`.
 * Nothing is written unless the segments add up to both texts exactly; an existing file
 * is replaced only with --force. Segments the show cannot run as they are (too long for
 * a slide, say) are written all the same, marked `# error:`, and the command says so and
 * exits with 1: the folder is a start to fix, which `npm run deck` checks.
 */
import { resolve } from 'node:path';
import { importStatement, LANGUAGE_NAMES, type ImportedStatement } from '../common/import/import-statement';
import { commandArgs, readOptions } from './command-args';
import { formatDeckTable } from './deck-table';
import { filesInTheWay, importedFiles, readUtf8, writeContentFolder } from './import/content-folder-files';

const USAGE = 'usage: npm run import -- --en english.txt --ko korean.txt --out DIR [--force]';

interface ImportArgs {
  readonly en: string;
  readonly ko: string;
  readonly out: string;
  readonly force: boolean;
}

function parseArgs(args: readonly string[]): ImportArgs | string {
  const options = readOptions(args, ['--en', '--ko', '--out'], ['--force']);
  if (typeof options === 'string') return options;
  const { en, ko, out } = options.values;
  const missing = Object.entries({ en, ko, out }).filter(([, value]) => value === undefined);
  if (en === undefined || ko === undefined || out === undefined) return `missing ${missing.map(([key]) => `--${key}`).join(', ')}`;
  return { en, ko, out, force: options.flags.has('force') };
}

function main(args: readonly string[]): number {
  const parsed = commandArgs('import', USAGE, args, parseArgs);
  if (typeof parsed === 'number') return parsed;
  let texts;
  try {
    texts = { en: readUtf8(parsed.en), ko: readUtf8(parsed.ko) };
  } catch (error) {
    process.stderr.write(`import: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const result = importStatement(texts);
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`import: ${error}\n`);
    process.stderr.write('import: nothing was written.\n');
    return 1;
  }
  const { imported } = result;
  const folder = resolve(parsed.out);
  const files = importedFiles(imported.statementYaml, imported.sourceText);
  const existing = filesInTheWay(folder, files);
  if (existing.length > 0 && !parsed.force) {
    process.stderr.write(`import: these files exist already, and nothing was written:\n${existing.map((path) => `  ${path}\n`).join('')}`);
    process.stderr.write('import: choose another --out folder, or add --force to replace them.\n');
    return 1;
  }

  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  process.stdout.write(`${formatDeckTable(imported.deck, process.stdout.columns ?? 160, { checks: marks(imported), color })}\n\n`);
  for (const warning of imported.warnings) process.stderr.write(`${warning}\n`);
  process.stdout.write(`${summary(imported)}\n`);
  writeContentFolder(folder, files);
  process.stdout.write(`Wrote ${[...files.keys()].join(', ')} in ${parsed.out}.\n`);
  if (imported.errors.size === 0) {
    process.stdout.write(`Check the rows marked ?, then show it: npm start -- --content ${parsed.out}\n`);
    return 0;
  }
  const ids = [...imported.errors.keys()];
  process.stderr.write(
    `import: ${ids.length === 1 ? `1 segment has an error` : `${ids.length} segments have errors`} (${ids.join(', ')}, marked "# error:" in statement.yaml): ` +
      `the show will not run this folder until ${ids.length === 1 ? 'it is' : 'they are'} fixed.\n` +
      `import: fix them, then check the folder with: npm run deck -- --content ${parsed.out}\n`,
  );
  return 1;
}

/** What the table marks under each row: the errors first, then the matches to check. */
function marks(imported: ImportedStatement): ReadonlyMap<string, readonly string[]> {
  const ids = new Set([...imported.errors.keys(), ...imported.checks.keys()]);
  return new Map([...ids].map((id) => [id, [...(imported.errors.get(id) ?? []).map((error) => `error: ${error}`), ...(imported.checks.get(id) ?? [])]]));
}

function summary(imported: ImportedStatement): string {
  const { ratio, variance } = imported.model;
  const errors = imported.errors.size === 0 ? '' : `, ${imported.errors.size} with errors`;
  return [
    `${imported.deck.slides.length} segments${errors}, ${imported.checks.size} to check (marked ?).`,
    `Lengths: ${ratio.toFixed(2)} ${LANGUAGE_NAMES.ko} characters per ${LANGUAGE_NAMES.en} character, variance ${variance.toFixed(2)}, estimated from these texts;`,
    imported.anchoredByParagraphs
      ? 'both texts have the same number of paragraphs, so each paragraph was matched with its counterpart.'
      : 'the texts have different numbers of paragraphs, so sentences were matched across the whole texts.',
    ...(imported.sectionsMatched > 0 ? [`${imported.sectionsMatched} numbered sections or items were found in both texts, and each was matched on its own.`] : []),
  ].join('\n');
}

process.exitCode = main(process.argv.slice(2));
