import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { LANGUAGES, type Language } from '../../common/deck/deck';
import { checkEditedStatement, type EditProblem } from '../../common/edit/check-edited';
import { EDITABLE_SETTINGS, type EditedSegment } from '../../common/edit/edited-content';
import { roundLengthMs } from '../../common/edit/reading-times';
import { addSegmentAfter, mergeWithNext, moveSegment, moveSentence, removeSegment, splitSegment } from '../../common/edit/segment-edits';
import { readingTimeMs } from '../../common/show/reading-time';
import { useUiLanguage } from '../ui-language';
import { EDIT_LABELS, type EditLabels } from './edit-labels';
import { EditorBar } from './EditorBar';
import { ImportBar } from './ImportBar';
import { ImportPanel, type PageImport } from './ImportPanel';
import { FileProblems } from './FileProblems';
import { SegmentPreview } from './SegmentPreview';
import { SegmentRow, type RowAction } from './SegmentRow';
import { SettingsPanel } from './SettingsPanel';
import { changedSettings, useDraft, type Draft } from './use-draft';
import { useEditorLink } from './use-editor-link';

/**
 * The editor page: the statement as a table of segments, English and Korean side by side,
 * checked as one types by the checks `npm run deck` runs, with the selected segment shown
 * as the audience sees it and the settings a person changes. A save is the server's to
 * check again and write; the running show takes it up as a live edit.
 */
export function EditorView({ token }: { readonly token: string | undefined }) {
  const [language, setLanguage] = useUiLanguage();
  const labels = EDIT_LABELS[language];
  const server = useEditorLink(token);
  const draft = useDraft();
  const [selected, setSelected] = useState(0);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [saving, setSaving] = useState(false);
  const [imported, setImported] = useState<PageImport | undefined>(undefined);
  const { content, answer } = server;
  const latest = useRef({ draft, content });
  latest.current = { draft, content };

  // The files as the server says they are: the answer to this page's save, taken at once while nothing
  // here is unsaved, or else (changed elsewhere) offered to reload, never written over.
  useEffect(() => {
    if (content === undefined) return;
    const now = latest.current.draft;
    if (content.version === now.base) return;
    if (answer?.type === 'saved' && answer.version === content.version) {
      if (answer.undone === true) now.load(content);
      else now.saved(content);
      setChangedElsewhere(false);
      setImported(undefined);
      return;
    }
    if (saving) return;
    if (now.base === undefined || !now.dirty) {
      now.load(content);
      setChangedElsewhere(false);
    } else setChangedElsewhere(true);
  }, [content, answer, saving]);
  useEffect(() => {
    if (answer !== undefined) setSaving(false);
  }, [answer]);

  const current = useDeferredValue(draft.draft);
  const checked = useMemo(() => (current === undefined ? undefined : checkEditedStatement(current.segments, current.settings, content?.source)), [current, content?.source]);
  const problemsBySegment = useMemo(() => groupBySegment([...(checked?.problems ?? []), ...importChecks(current?.segments ?? [], imported, labels)]), [checked, current, imported, labels]);
  const seconds = useMemo(() => (current === undefined ? [] : current.segments.map((segment) => secondsOf(segment, current))), [current]);
  const round = checked?.deck === undefined || current === undefined ? undefined : roundLengthMs(checked.deck, current.settings);
  const errorCount = checked?.problems.filter((problem) => problem.severity === 'error').length ?? 0;

  const segments = draft.draft?.segments;
  const changeSegments = useCallback(
    (next: readonly EditedSegment[], typing?: string) => {
      const now = latest.current.draft.draft;
      if (now !== undefined) latest.current.draft.change({ ...now, segments: next }, typing);
    },
    [],
  );
  const onRowChange = useCallback(
    (index: number, segment: EditedSegment, typing?: string) => {
      const now = latest.current.draft.draft;
      if (now !== undefined) changeSegments(now.segments.map((entry, at) => (at === index ? segment : entry)), typing);
    },
    [changeSegments],
  );
  const onRowAction = useCallback(
    (index: number, action: RowAction) => {
      const now = latest.current.draft.draft?.segments;
      if (now === undefined) return;
      const next = applyAction(now, index, action);
      changeSegments(next);
      if (action.kind === 'moveUp') setSelected(index - 1);
      if (action.kind === 'moveDown') setSelected(index + 1);
      if (action.kind === 'add' || action.kind === 'split') setSelected(index + 1);
    },
    [changeSegments],
  );

  const save = (): void => {
    const { content: files } = latest.current;
    if (draft.draft === undefined || draft.base === undefined || files === undefined) return;
    if (server.save(draft.base, draft.draft.segments, changedSettings(draft.draft, files, EDITABLE_SETTINGS))) setSaving(true);
  };
  const undoSave = (): void => {
    if (draft.base !== undefined && server.undoSave(draft.base)) setSaving(true);
  };
  const reload = (): void => {
    if (content !== undefined) draft.load(content);
    setChangedElsewhere(false);
    setImported(undefined);
  };
  const takeImport = (proposed: PageImport): void => {
    if (draft.draft === undefined) return;
    // One step of undo: "Undo" goes back to the statement as it was before the import.
    draft.change({ ...draft.draft, segments: proposed.segments });
    setImported(proposed);
    setSelected(0);
  };
  const saveImport = (folder?: string): void => {
    if (imported === undefined || draft.draft === undefined || draft.base === undefined) return;
    if (folder === undefined && !window.confirm(labels.confirmReplace)) return;
    if (server.saveImport(draft.base, imported.template, draft.draft.segments, imported.source, folder)) setSaving(true);
  };
  useUndoKeys(draft.undo, draft.redo);
  useOpenAtSection(segments, setSelected);

  return (
    <main className="edit" lang={language}>
      <EditorBar
        labels={labels}
        link={server.link}
        content={content}
        dirty={draft.dirty}
        importing={imported !== undefined}
        saving={saving}
        answer={answer}
        errorCount={errorCount}
        canUndo={draft.canUndo}
        canRedo={draft.canRedo}
        onSave={save}
        onUndo={draft.undo}
        onRedo={draft.redo}
        onUndoSave={undoSave}
        onSwitchLanguage={() => setLanguage(language === 'en' ? 'ko' : 'en')}
      />
      {changedElsewhere && (
        <div className="edit-banner" role="alert">
          <p>{labels.changedElsewhere}</p>
          <button type="button" onClick={reload}>
            {labels.reload}
          </button>
        </div>
      )}
      {draft.draft !== undefined && <ImportPanel labels={labels} onImported={takeImport} />}
      {imported !== undefined && draft.draft !== undefined && (
        <ImportBar labels={labels} segments={draft.draft.segments.length} toCheck={imported.checks.size} saving={saving} onSaveAsFolder={saveImport} onReplaceShow={() => saveImport()} onDrop={reload} />
      )}
      {answer?.type === 'saved' && answer.folder !== undefined && (
        <p className="edit-banner" role="status">
          {labels.savedAsFolder(answer.folder)}
        </p>
      )}
      {answer?.type === 'saveRefused' && <RefusedSave labels={labels} problems={answer.problems} reason={labels.refused[answer.reason]} />}
      {content !== undefined && segments === undefined && (
        <p className="edit-banner" role="alert">
          {labels.cannotEdit}
        </p>
      )}
      <div className="edit-body">
        {segments !== undefined && draft.draft !== undefined && (
          <section className="edit-segments" aria-labelledby="edit-segments-heading">
            <h2 id="edit-segments-heading">
              {labels.segments} ({segments.length})
            </h2>
            <p className="edit-summary">
              <span data-errors={errorCount > 0}>{errorCount > 0 ? labels.errors(errorCount) : labels.noErrors}</span>
              {round !== undefined && <span>{labels.round(formatDuration(round, labels))}</span>}
            </p>
            <ol className="edit-segment-list">
              {segments.map((segment, index) => (
                <SegmentRow
                  key={index}
                  segment={segment}
                  index={index}
                  count={segments.length}
                  selected={index === selected}
                  problems={problemsBySegment.get(index) ?? NO_PROBLEMS}
                  seconds={seconds[index] ?? {}}
                  labels={labels}
                  onChange={onRowChange}
                  onAction={onRowAction}
                  onSelect={setSelected}
                />
              ))}
            </ol>
          </section>
        )}
        <aside className="edit-side">
          {draft.draft !== undefined && <SegmentPreview segment={draft.draft.segments[selected]} index={selected} settings={draft.draft.settings} labels={labels} />}
          {draft.draft !== undefined && <SettingsPanel settings={draft.draft.settings} labels={labels} onChange={(settings, typing) => draft.draft !== undefined && draft.change({ ...draft.draft, settings }, typing)} />}
          {content !== undefined && <FileProblems labels={labels} lines={content.fileProblems} general={(checked?.problems ?? []).filter((problem) => problem.segment === undefined)} />}
        </aside>
      </div>
    </main>
  );
}

const NO_PROBLEMS: readonly EditProblem[] = [];

function applyAction(segments: readonly EditedSegment[], index: number, action: RowAction): EditedSegment[] {
  switch (action.kind) {
    case 'split':
      return splitSegment(segments, index, action.cuts);
    case 'merge':
      return mergeWithNext(segments, index);
    case 'moveUp':
      return moveSegment(segments, index, -1);
    case 'moveDown':
      return moveSegment(segments, index, 1);
    case 'add':
      return addSegmentAfter(segments, index);
    case 'remove':
      return removeSegment(segments, index);
    case 'sentence':
      return moveSentence(segments, index, action.lang, action.direction);
  }
}

/** The importer's notes on the segments still bearing the ids it gave them, shown beside them as notes to check. */
function importChecks(segments: readonly EditedSegment[], imported: PageImport | undefined, labels: EditLabels): EditProblem[] {
  if (imported === undefined) return [];
  return segments.flatMap((segment, index) => (imported.checks.get(segment.id) ?? []).map((check) => ({ severity: 'warning' as const, segment: index, message: `${labels.check}: ${check}` })));
}

function groupBySegment(problems: readonly EditProblem[]): Map<number, EditProblem[]> {
  const grouped = new Map<number, EditProblem[]>();
  for (const problem of problems) {
    if (problem.segment === undefined) continue;
    grouped.set(problem.segment, [...(grouped.get(problem.segment) ?? []), problem]);
  }
  return grouped;
}

function secondsOf(segment: EditedSegment, draft: Draft): Partial<Record<Language, number>> {
  const seconds: Partial<Record<Language, number>> = {};
  for (const lang of LANGUAGES) {
    const text = segment.text[lang]?.trim();
    if (text !== undefined && text !== '') seconds[lang] = readingTimeMs(text, lang, draft.settings) / 1000;
  }
  return seconds;
}

/** `12 min 5 s`, or `45 s`, in the page's language. */
function formatDuration(ms: number, labels: EditLabels): string {
  const seconds = Math.round(ms / 1000);
  return labels.duration(Math.floor(seconds / 60), seconds % 60);
}

/** Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) outside a text box undo and redo the page's changes; in a box, the box's own undo runs. */
function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('textarea, input') !== null && target?.closest('textarea, input') !== undefined) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}

/**
 * Opened at a part of the statement (`?section=organizations`, from the presenter view's
 * "to do"): once the segments are here, that part is selected, scrolled to and focused.
 */
function useOpenAtSection(segments: readonly EditedSegment[] | undefined, select: (index: number) => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || segments === undefined) return;
    done.current = true;
    const section = new URLSearchParams(window.location.search).get('section');
    const index = section === null ? -1 : segments.findIndex((segment) => segment.kind === section);
    if (index < 0) return;
    select(index);
    const row = document.querySelectorAll('.edit-segment')[index];
    row?.scrollIntoView({ block: 'start' });
    row?.querySelector<HTMLElement>('.edit-organizations button, .edit-organizations input')?.focus({ preventScroll: true });
  }, [segments, select]);
}

function RefusedSave({ labels, problems, reason }: { readonly labels: EditLabels; readonly problems: readonly EditProblem[]; readonly reason: string }) {
  return (
    <div className="edit-banner" role="alert" data-kind="refused">
      <p>{reason}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, index) => (
            <li key={index} lang="en">
              {problem.segment === undefined ? '' : `${labels.segmentNumber(problem.segment + 1)}: `}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
