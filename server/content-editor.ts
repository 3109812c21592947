import { createHash } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONTENT_FILES, loadContent } from '../common/content/load-content';
import { formatProblem } from '../common/content/problem';
import { parseYamlFile } from '../common/content/yaml-file';
import { checkEditedStatement, type EditProblem } from '../common/edit/check-edited';
import type { EditedSegment } from '../common/edit/edited-content';
import { editableSegments } from '../common/edit/editable-segments';
import type { EditableContent, EditedSettings, SaveRefusal } from '../common/edit/edit-protocol';
import { rewriteSettings } from '../common/edit/rewrite-settings';
import { rewriteStatement } from '../common/edit/rewrite-statement';
import { DEFAULT_SETTINGS } from '../common/settings/settings';
import { readSettingsFile } from '../common/settings/settings-file';
import { openContentHistory, type SavedFiles } from '../node/content-history';
import { writeFileAtomic } from '../node/json-file';
import type { Logger } from '../node/logger';
import { folderAsShown } from '../node/read-content-folder';
import { readTextFile } from '../node/text-file';

export type SaveResult =
  /** `folder`: where an import saved as a new content folder went. */
  | { readonly ok: true; readonly version: string; readonly folder?: string }
  | { readonly ok: false; readonly reason: SaveRefusal; readonly problems: readonly EditProblem[] };

/** Where an imported statement goes: over the show's own content, or into a new folder beside it, by name. */
export type ImportTarget = { readonly into: 'show' } | { readonly into: 'new-folder'; readonly name: string };

/** The content folder as the editor page reads and writes it. */
export interface ContentEditor {
  /** The files as they are now. */
  content(): EditableContent;
  /** Writes the page's segments and settings over the files of version `base`, or says why not (nothing is then written). */
  save(base: string, segments: readonly EditedSegment[], settings: EditedSettings): SaveResult;
  /**
   * Saves an imported statement: `template` is the importer's file (its header and its
   * `check:` notes), `segments` the segments as fixed in the page, `source` both texts.
   */
  saveImported(base: string, template: string, segments: readonly EditedSegment[], source: string, target: ImportTarget): SaveResult;
  /** Puts back the files as they were before the last save. */
  undoSave(base: string): SaveResult;
}

/** The files the editor writes (the source text only on an import), as `history/` keeps them. */
const WRITTEN = [CONTENT_FILES.statement, CONTENT_FILES.settings, CONTENT_FILES.source] as const;
/** A content file people share is theirs and their group's to read, as a text editor would save it. */
const SHARED_FILE_MODE = 0o644;

/**
 * Reads and writes a content folder for the editor page. A save is checked as the show
 * checks the folder (a save the show would refuse is refused, with the reasons by segment),
 * is refused when the files changed since the page read them, keeps the files it replaces
 * in `history/`, and writes each file whole (a temporary file renamed over it): the show's
 * file watch then takes it up as any live edit, on the same slide.
 */
export function createContentEditor(contentFolder: string, log: Logger): ContentEditor {
  const folder = folderAsShown(contentFolder);
  const history = openContentHistory(contentFolder);
  const path = (file: string): string => join(contentFolder, file);
  const readOnly = contentFolder.includes('.asar') ? `the content of ${folder} is built into the app and cannot be changed; start Yeondae with --content and a folder of your own to edit it` : undefined;

  const readFiles = (): SavedFiles => Object.fromEntries(WRITTEN.map((file) => [file, textOf(path(file))]));
  const versionOf = (files: SavedFiles): string => createHash('sha256').update(WRITTEN.map((file) => files[file] ?? '\u0000absent').join('\u0000')).digest('hex').slice(0, 24);

  /** The folder as the show would load it with these files. */
  const load = (files: SavedFiles): ReturnType<typeof loadContent> => {
    const [statement, settingsText, text] = WRITTEN.map((file) => files[file]);
    return loadContent({ statement: statement ?? '', ...(settingsText === undefined ? {} : { settings: settingsText }), ...(text === undefined ? {} : { source: text }) }, folder);
  };
  /** Why the show would refuse these files (the segments' problems placed by segment), or nothing. */
  const refusal = (files: SavedFiles, segments: readonly EditedSegment[]): SaveResult | undefined => {
    const settingsText = files[CONTENT_FILES.settings];
    const effective = settingsText === undefined ? DEFAULT_SETTINGS : readSettingsFile(CONTENT_FILES.settings, settingsText, DEFAULT_SETTINGS).settings;
    const errors = checkEditedStatement(segments, effective, files[CONTENT_FILES.source]).problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) return { ok: false, reason: 'problems', problems: errors };
    // The written files as the show will read them: anything it would refuse is refused here.
    const loaded = load(files);
    if (!loaded.ok) return { ok: false, reason: 'problems', problems: loaded.problems.filter((problem) => problem.severity === 'error').map((problem) => ({ severity: 'error', message: formatProblem(problem) })) };
    return undefined;
  };
  /** Writes `files` over the folder as it was (`before`), once they pass the show's checks, keeping `before` in history/. */
  const commit = (before: SavedFiles, files: SavedFiles, segments: readonly EditedSegment[]): SaveResult => {
    const refused = refusal(files, segments);
    if (refused !== undefined) return refused;
    try {
      history.keep(before);
    } catch (error) {
      return refuse('cannot-write', `cannot keep the files it replaces in ${folder}/history: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = replaceFiles(files, before, () => undefined);
    if (result.ok) log.info(`the editor page saved ${folder} (the files it replaced are in ${folder}/history)`);
    return result;
  };
  const refuse = (reason: SaveRefusal, message?: string): SaveResult => ({ ok: false, reason, problems: message === undefined ? [] : [{ severity: 'error', message }] });

  /** Writes each file that changed (removes one that is to be absent), then does `after`; on a failure, says so and writes no more. */
  const replaceFiles = (files: SavedFiles, before: SavedFiles, after: () => void): SaveResult => {
    try {
      for (const file of WRITTEN) {
        const text = files[file];
        if (text === before[file]) continue;
        if (text === undefined) rmSync(path(file), { force: true });
        else writeFileAtomic(path(file), text, modeOf(path(file)));
      }
      after();
    } catch (error) {
      const message = `cannot write to ${folder}: ${error instanceof Error ? error.message : String(error)}`;
      log.error(message);
      return refuse('cannot-write', message);
    }
    return { ok: true, version: versionOf(files) };
  };

  return {
    content() {
      const files = readFiles();
      const statement = files[CONTENT_FILES.statement];
      const parsed = statement === undefined ? undefined : parseYamlFile(`${folder}/${CONTENT_FILES.statement}`, statement);
      const segments = parsed?.ok === true ? editableSegments(parsed.file.value) : undefined;
      const settingsText = files[CONTENT_FILES.settings];
      const settings = settingsText === undefined ? DEFAULT_SETTINGS : readSettingsFile(CONTENT_FILES.settings, settingsText, DEFAULT_SETTINGS).settings;
      const text = files[CONTENT_FILES.source];
      const loaded = statement === undefined ? undefined : load(files);
      return {
        version: versionOf(files),
        folder,
        ...(readOnly === undefined ? {} : { readOnly }),
        ...(segments === undefined ? {} : { segments }),
        settings,
        ...(text === undefined ? {} : { source: text }),
        fileProblems: loaded === undefined ? [`${folder}/${CONTENT_FILES.statement}: error: cannot read this file (is the content folder right?)`] : loaded.problems.map(formatProblem),
        history: history.count(),
      };
    },
    save(base, segments, settings) {
      if (readOnly !== undefined) return refuse('read-only', readOnly);
      const before = readFiles();
      if (versionOf(before) !== base) return refuse('changed-elsewhere');
      try {
        const statement = rewriteStatement(before[CONTENT_FILES.statement] ?? '', segments);
        const settingsText = Object.keys(settings).length === 0 ? before[CONTENT_FILES.settings] : rewriteSettings(before[CONTENT_FILES.settings], settings);
        return commit(before, { ...before, [CONTENT_FILES.statement]: statement, [CONTENT_FILES.settings]: settingsText }, segments);
      } catch (error) {
        return refuse('cannot-write', error instanceof Error ? error.message : String(error));
      }
    },
    saveImported(base, template, segments, sourceText, target) {
      let statement: string;
      try {
        statement = rewriteStatement(template, segments);
      } catch (error) {
        return refuse('cannot-write', error instanceof Error ? error.message : String(error));
      }
      const before = readFiles();
      const files: SavedFiles = { ...before, [CONTENT_FILES.statement]: statement, [CONTENT_FILES.source]: sourceText };
      if (target.into === 'show') {
        if (readOnly !== undefined) return refuse('read-only', readOnly);
        if (versionOf(before) !== base) return refuse('changed-elsewhere');
        return commit(before, files, segments);
      }
      const refused = refusal(files, segments);
      if (refused !== undefined) return refused;
      const destination = join(dirname(resolve(contentFolder)), target.name);
      if (existsSync(destination)) return refuse('folder-exists', `${destination} exists already: choose another name`);
      try {
        for (const file of WRITTEN) {
          const text = files[file];
          if (text !== undefined) writeFileAtomic(join(destination, file), text, SHARED_FILE_MODE);
        }
      } catch (error) {
        return refuse('cannot-write', `cannot write ${destination}: ${error instanceof Error ? error.message : String(error)}`);
      }
      log.info(`the editor page saved an imported statement as a new content folder, ${destination}`);
      return { ok: true, version: versionOf(before), folder: destination };
    },
    undoSave(base) {
      if (readOnly !== undefined) return refuse('read-only', readOnly);
      const before = readFiles();
      if (versionOf(before) !== base) return refuse('changed-elsewhere');
      const last = history.last();
      if (last === undefined) return refuse('no-history');
      const result = replaceFiles(Object.fromEntries(WRITTEN.map((file) => [file, last[file]])), before, () => history.dropLast());
      if (result.ok) log.info(`the editor page put back ${folder} as it was before its last save`);
      return result;
    },
  };
}

function textOf(file: string): string | undefined {
  const read = readTextFile(file);
  return read.kind === 'text' ? read.text : undefined;
}

function modeOf(file: string): number {
  try {
    return statSync(file).mode & 0o777;
  } catch {
    return SHARED_FILE_MODE;
  }
}
