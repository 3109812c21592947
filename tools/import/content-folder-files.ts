import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONTENT_FILES } from '../../common/content/load-content';

/** The app's own settings file, with its comments: a new content folder starts from it. */
const APP_SETTINGS = new URL('../../content/settings.yaml', import.meta.url);

/**
 * Reads a text file that must be UTF-8. Bytes that are not are an error naming the file,
 * never turned silently into `�` on a slide.
 */
export function readUtf8(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path} is not UTF-8 text; save it as UTF-8 (in most editors: Save as → Encoding: UTF-8) and run again`);
  }
}

/** The files of a content folder, by their place in it. */
export type ContentFiles = ReadonlyMap<string, string>;

/** The files `npm run import` writes: the statement, the settings and the source texts. */
export function importedFiles(statementYaml: string, sourceText: string): ContentFiles {
  return new Map([
    [CONTENT_FILES.statement, statementYaml],
    [CONTENT_FILES.settings, readFileSync(APP_SETTINGS, 'utf8')],
    [CONTENT_FILES.source, sourceText],
  ]);
}

/** The files that writing `files` into `folder` would replace. */
export function filesInTheWay(folder: string, files: ContentFiles): string[] {
  return [...files.keys()].map((file) => join(folder, file)).filter((path) => existsSync(path));
}

/** Writes the files into `folder`, making the folders they need. */
export function writeContentFolder(folder: string, files: ContentFiles): void {
  for (const [file, text] of files) {
    const path = join(folder, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
