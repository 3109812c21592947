import { useCallback, useState } from 'react';
import type { EditableSetting, EditedSegment } from '../../common/edit/edited-content';
import type { EditableContent, EditedSettings } from '../../common/edit/edit-protocol';
import type { Settings } from '../../common/settings/settings';

/** What the page is editing: the segments and the settings, as they would be saved. */
export interface Draft {
  readonly segments: readonly EditedSegment[];
  readonly settings: Settings;
}

export interface DraftState {
  readonly draft: Draft | undefined;
  /** The version of the files the draft was made from: a save names it. */
  readonly base: string | undefined;
  /** Whether the draft differs from the files it was made from. */
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /**
   * Changes the draft. Changes with the same `typing` key one after the other (typing in
   * one box) are one step of undo, as a text editor counts them.
   */
  change(next: Draft, typing?: string): void;
  undo(): void;
  redo(): void;
  /** Takes the files as the server sent them, dropping the draft and its undo steps. */
  load(content: EditableContent): void;
  /** The draft was saved as `version`: it is now what the files say, and its undo steps stay. */
  saved(content: EditableContent): void;
}

interface History {
  readonly past: readonly Draft[];
  readonly present: Draft | undefined;
  readonly future: readonly Draft[];
  readonly typing: string | undefined;
  readonly pristine: Draft | undefined;
  readonly base: string | undefined;
}

const EMPTY: History = { past: [], present: undefined, future: [], typing: undefined, pristine: undefined, base: undefined };
/** Steps of undo kept; the oldest go. */
const KEPT_STEPS = 200;

export function draftOf(content: EditableContent): Draft | undefined {
  return content.segments === undefined ? undefined : { segments: content.segments, settings: content.settings };
}

/** The settings the draft changes from the files', for a save: only those, so an untouched `settings.yaml` is not written. */
export function changedSettings(draft: Draft, content: EditableContent, editable: readonly EditableSetting[]): EditedSettings {
  const changed: EditedSettings = {};
  for (const key of editable) if (JSON.stringify(draft.settings[key]) !== JSON.stringify(content.settings[key])) changed[key] = draft.settings[key];
  return changed;
}

/** The page's draft with undo and redo, and whether it is saved. */
export function useDraft(): DraftState {
  const [history, setHistory] = useState<History>(EMPTY);
  const change = useCallback((next: Draft, typing?: string) => {
    setHistory((now) => {
      if (now.present === undefined) return now;
      const sameTyping = typing !== undefined && typing === now.typing;
      return { ...now, past: sameTyping ? now.past : [...now.past, now.present].slice(-KEPT_STEPS), present: next, future: [], typing };
    });
  }, []);
  const undo = useCallback(() => {
    setHistory((now) => {
      const previous = now.past.at(-1);
      if (previous === undefined || now.present === undefined) return now;
      return { ...now, past: now.past.slice(0, -1), present: previous, future: [now.present, ...now.future], typing: undefined };
    });
  }, []);
  const redo = useCallback(() => {
    setHistory((now) => {
      const [next, ...rest] = now.future;
      if (next === undefined || now.present === undefined) return now;
      return { ...now, past: [...now.past, now.present], present: next, future: rest, typing: undefined };
    });
  }, []);
  const load = useCallback((content: EditableContent) => {
    const draft = draftOf(content);
    setHistory({ ...EMPTY, present: draft, pristine: draft, base: content.version });
  }, []);
  const saved = useCallback((content: EditableContent) => {
    setHistory((now) => {
      const written = draftOf(content);
      // The same words as written: take the server's copy, whose segments know their ids in the file now.
      const same = written !== undefined && now.present !== undefined && JSON.stringify(withoutOrigins(written)) === JSON.stringify(withoutOrigins(now.present));
      return { ...now, present: same ? written : now.present, pristine: written, base: content.version, typing: undefined };
    });
  }, []);
  const { present, pristine } = history;
  const dirty = present !== undefined && pristine !== undefined && JSON.stringify(withoutOrigins(present)) !== JSON.stringify(withoutOrigins(pristine));
  return { draft: present, base: history.base, dirty, canUndo: history.past.length > 0, canRedo: history.future.length > 0, change, undo, redo, load, saved };
}

/** The draft as it would be written: where each segment came from is not part of it. */
function withoutOrigins(draft: Draft): unknown {
  return { segments: draft.segments.map(({ from: _from, ...segment }) => segment), settings: draft.settings };
}
