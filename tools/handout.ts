/**
 * `npm run handout`: the statement as a PDF to print and share, English and Korean side
 * by side, paragraph by paragraph.
 *   npm run handout                          A4 and US Letter, into handout/
 *   npm run handout -- --paper a4            one paper only (a4 or letter)
 *   npm run handout -- --content DIR --out DIR
 *   npm run handout -- --read-along URL      the read-along page's QR code first (the address `npm run serve` prints)
 * Problems of the content go to standard error as `file:line: severity: message`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_FILES } from '../common/content/load-content';
import { formatProblem } from '../common/content/problem';
import { readContentFolder } from '../node/read-content-folder';
import { commandArgs, readOptions } from './command-args';
import { createQrImages } from '../server/qr-code';
import { handoutHtml } from './handout/handout-html';
import { isPaper, PAPERS, type Paper } from './handout/paper';
import { isReadAlongAddress } from './handout/read-along-address';
import { printHandouts } from './handout/print-handout';

const USAGE = 'usage: npm run handout -- [--paper a4|letter] [--content DIR] [--out DIR] [--read-along URL]';

interface HandoutArgs {
  readonly papers: readonly Paper[];
  readonly content: string;
  readonly out: string;
  readonly readAlong?: string;
}

function parseArgs(args: readonly string[]): HandoutArgs | string {
  const options = readOptions(args, ['--paper', '--content', '--out', '--read-along']);
  if (typeof options === 'string') return options;
  const { paper, content = 'content', out = 'handout', 'read-along': readAlong } = options.values;
  if (paper !== undefined && !isPaper(paper)) return `--paper ${paper}: the paper must be one of ${PAPERS.join(', ')}`;
  if (readAlong !== undefined && !isReadAlongAddress(readAlong)) return `--read-along ${readAlong}: give the read-along address the show server prints (http://…/read#key=…)`;
  return { papers: paper === undefined ? PAPERS : [paper], content, out, ...(readAlong === undefined ? {} : { readAlong }) };
}

async function main(args: readonly string[]): Promise<number> {
  const parsed = commandArgs('handout', USAGE, args, parseArgs);
  if (typeof parsed === 'number') return parsed;
  const folder = resolve(parsed.content);
  const content = readContentFolder(folder);
  for (const problem of content.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (!content.ok) {
    process.stderr.write('handout: the content has errors; fix the lines above and run again.\n');
    return 1;
  }
  const source = readOptional(join(folder, CONTENT_FILES.source));
  const qrImage = createQrImages();
  const pdfs = await printHandouts(parsed.papers, (paper) => handoutHtml(content.deck, source, paper, qrImage, parsed.readAlong));
  mkdirSync(parsed.out, { recursive: true });
  for (const [paper, pdf] of pdfs) {
    const path = join(parsed.out, `statement-${paper}.pdf`);
    writeFileSync(path, pdf);
    process.stdout.write(`Wrote ${path}\n`);
  }
  return 0;
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`handout: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
