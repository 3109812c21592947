/**
 * `npm run export`: the statement as a video, for a TV with a USB stick, or as images, to share.
 *   npm run export -- --video FILE.mp4 [--size WxH] [--mode MODE] [--languages en,ko] [--rounds N] [--content DIR]
 *   npm run export -- --images DIR [--size WxH] [--mode MODE] [--languages en,ko] [--content DIR]
 * The show draws every picture, in Chromium (see README, Export). Progress goes to standard
 * error, what was written to standard output. A bad argument, a content folder with errors
 * or a place that cannot be written to is said in one line, and nothing is written.
 */
import { statSync } from 'node:fs';
import { formatProblem } from '../common/content/problem';
import { readContentFolder } from '../node/read-content-folder';
import { commandArgs } from './command-args';
import { EXPORT_USAGE, parseExportArgs, type ExportRequest } from './export/export-args';
import { exportImages } from './export/export-images';
import { exportSettings } from './export/export-settings';
import { imagesSummary, videoSummary } from './export/export-text';
import { exportVideo } from './export/export-video';
import { prepareImageFolder, prepareVideoFile, type PendingOutput } from './export/output-target';
import { terminalProgress } from './export/terminal-progress';

/** Exit code of an export stopped by Ctrl+C, as shells count a SIGINT. */
const INTERRUPTED = 130;

async function run(request: ExportRequest, content: Parameters<typeof exportVideo>[1], output: PendingOutput): Promise<string> {
  const progress = terminalProgress(process.stderr);
  try {
    if (request.kind === 'video') {
      const { durationMs } = await exportVideo(request, content, output.path, progress.update);
      progress.end();
      output.commit();
      return videoSummary(request.file, durationMs, request.size, statSync(request.file).size);
    }
    const { names, bytes } = await exportImages(request, content, output.path, progress.update);
    progress.end();
    output.commit();
    return imagesSummary(request.folder, names, request.size, bytes);
  } finally {
    progress.end();
  }
}

async function main(args: readonly string[]): Promise<number> {
  const request = commandArgs('export', EXPORT_USAGE, args, parseExportArgs);
  if (typeof request === 'number') return request;
  const content = readContentFolder(request.content);
  for (const problem of content.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (!content.ok) {
    process.stderr.write('export: the content has errors; fix the lines above and run again.\n');
    return 1;
  }
  const output = request.kind === 'video' ? prepareVideoFile(request.file) : prepareImageFolder(request.folder);
  if (typeof output === 'string') {
    process.stderr.write(`export: ${output}\n`);
    return 1;
  }
  // Stopped halfway, an export leaves nothing: the partial file goes with it.
  const stop = (): void => {
    output.discard();
    process.exit(INTERRUPTED);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const summary = await run(request, { deck: content.deck, settings: exportSettings(content.settings, request) }, output);
    process.stdout.write(`${summary}\n`);
    return 0;
  } catch (error) {
    output.discard();
    process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
