import { isRecord } from '../content/is-record';
import { LANGUAGES, SLIDE_KINDS, type Language, type Organization, type SlideKind } from '../deck/deck';
import { parseClientMessage, parseJsonRecord, type ClientMessage } from '../network/protocol';
import { settingField, type Settings } from '../settings/settings';
import { EDITABLE_SETTINGS, type EditableSetting, type EditedSegment } from './edited-content';
import type { EditProblem } from './check-edited';

/**
 * The editor page's WebSocket (`EDIT_SOCKET_PATH`): a control page's, with the same hello
 * and the same codes as the show socket, but messages large enough to carry a statement.
 * Every message is checked here, by shape and bounds, before the server reads it; what it
 * says is then checked as `statement.yaml` is (check-edited.ts).
 */
export const EDIT_SOCKET_PATH = '/edit-socket';
/** The editor page's address on the show server. */
export const EDIT_PATH = '/edit';

/** The largest message: a statement of `MAX_SEGMENTS` long segments, in JSON. */
export const MAX_EDIT_MESSAGE_BYTES = 2 * 1024 * 1024;
export const MAX_SEGMENTS = 500;
/** Far past what the legibility check lets a slide hold, so only a malformed message meets it. */
const MAX_TEXT_LENGTH = 10_000;
const MAX_ID_LENGTH = 64;
const MAX_ORGANIZATIONS = 200;
const MAX_VERSION_LENGTH = 100;

/** The settings as the page changes them: only the editable ones, each valid by its field. */
export type EditedSettings = Partial<Record<EditableSetting, unknown>>;

/** The content folder as the editor page is sent it. */
export interface EditableContent {
  /** Names the files as they are now: a save names the version it was made from. */
  readonly version: string;
  /** The folder, as messages name it. */
  readonly folder: string;
  /** Why nothing can be saved here (the app's own content, inside the app), if so. */
  readonly readOnly?: string;
  /** The segments, or nothing when `statement.yaml` cannot be read (its problems say why). */
  readonly segments?: readonly EditedSegment[];
  /** The settings as `settings.yaml` sets them, with the defaults for the rest (the page changes only `EDITABLE_SETTINGS`). */
  readonly settings: Settings;
  /** The organizers' source text, that the slides are compared with. */
  readonly source?: string;
  /** What is wrong with the files as they are, one line each (`npm run deck`'s lines). */
  readonly fileProblems: readonly string[];
  /** Saves kept in `history/` that "Undo last save" can put back. */
  readonly history: number;
}

/** page → server */
export type EditorMessage =
  | Extract<ClientMessage, { type: 'hello' | 'ping' }>
  /** Write these segments and settings over the files of version `base`. */
  | { readonly type: 'save'; readonly base: string; readonly segments: readonly EditedSegment[]; readonly settings: EditedSettings }
  /**
   * Save an imported statement (importer's file `template`, the segments as fixed, `source`
   * both texts) over the show's content, or as a new folder beside it named `folder`.
   */
  | { readonly type: 'saveImport'; readonly base: string; readonly template: string; readonly segments: readonly EditedSegment[]; readonly source: string; readonly folder?: string }
  /** Put back the files as they were before the last save. */
  | { readonly type: 'undoSave'; readonly base: string };

/** Why a save or an undo was not done. */
export const SAVE_REFUSALS = ['changed-elsewhere', 'problems', 'read-only', 'cannot-write', 'no-history', 'folder-exists'] as const;
export type SaveRefusal = (typeof SAVE_REFUSALS)[number];

/** server → page, besides the show socket's welcome, refused and pong */
export type EditorServerMessage =
  | { readonly type: 'content'; readonly content: EditableContent }
  /** `folder`: where an import saved as a new content folder went. */
  | { readonly type: 'saved'; readonly version: string; readonly undone?: boolean; readonly folder?: string }
  | { readonly type: 'saveRefused'; readonly reason: SaveRefusal; readonly problems: readonly EditProblem[] };

/** Reads a message from the editor page: `undefined` for anything that is not exactly an `EditorMessage`. */
export function parseEditorMessage(text: string): EditorMessage | undefined {
  if (text.length > MAX_EDIT_MESSAGE_BYTES) return undefined;
  const value = parseJsonRecord(text);
  if (value === undefined) return undefined;
  switch (value.type) {
    case 'hello':
    case 'ping': {
      const message = parseClientMessage(text);
      return message?.type === 'hello' || message?.type === 'ping' ? message : undefined;
    }
    case 'save': {
      if (!hasOnlyKeys(value, 'base', 'segments', 'settings') || !isVersion(value.base)) return undefined;
      const segments = parseSegments(value.segments);
      const settings = parseSettings(value.settings);
      return segments === undefined || settings === undefined ? undefined : { type: 'save', base: value.base, segments, settings };
    }
    case 'saveImport': {
      if (!hasOnlyKeys(value, 'base', 'template', 'segments', 'source', 'folder') || !isVersion(value.base) || !isText(value.template, MAX_EDIT_MESSAGE_BYTES) || !isText(value.source, MAX_EDIT_MESSAGE_BYTES)) return undefined;
      if (value.folder !== undefined && !isFolderName(value.folder)) return undefined;
      const segments = parseSegments(value.segments);
      if (segments === undefined) return undefined;
      return { type: 'saveImport', base: value.base, template: value.template, segments, source: value.source, ...(value.folder === undefined ? {} : { folder: value.folder }) };
    }
    case 'undoSave':
      return hasOnlyKeys(value, 'base') && isVersion(value.base) ? { type: 'undoSave', base: value.base } : undefined;
    default:
      return undefined;
  }
}

const hasOnlyKeys = (value: Record<string, unknown>, ...keys: string[]): boolean => Object.keys(value).every((key) => key === 'type' || keys.includes(key));
const isVersion = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_VERSION_LENGTH;
const isText = (value: unknown, max = MAX_TEXT_LENGTH): value is string => typeof value === 'string' && value.length <= max;
/** A new content folder's name: a plain name beside the show's folder, never a path. */
export const isFolderName = (value: unknown): value is string => typeof value === 'string' && /^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u.test(value) && !value.includes('..');
const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ID_LENGTH;

/** A list of segments from elsewhere (a page's save, the server's content), checked by shape and bounds. */
export function parseSegments(value: unknown): EditedSegment[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_SEGMENTS) return undefined;
  const segments: EditedSegment[] = [];
  for (const raw of value) {
    const segment = parseSegment(raw);
    if (segment === undefined) return undefined;
    segments.push(segment);
  }
  return segments;
}

function parseSegment(raw: unknown): EditedSegment | undefined {
  if (!isRecord(raw) || !hasOnlyKeys(raw, 'id', 'kind', 'text', 'signatory', 'organizations', 'from')) return undefined;
  if ('type' in raw || !isId(raw.id) || !(SLIDE_KINDS as readonly unknown[]).includes(raw.kind) || !isRecord(raw.text)) return undefined;
  const text: Partial<Record<Language, string>> = {};
  for (const [lang, words] of Object.entries(raw.text)) {
    if (!(LANGUAGES as readonly string[]).includes(lang) || !isText(words)) return undefined;
    text[lang as Language] = words;
  }
  if (raw.signatory !== undefined && !isText(raw.signatory, 500)) return undefined;
  if (raw.from !== undefined && !isId(raw.from)) return undefined;
  const organizations = raw.organizations === undefined ? undefined : parseOrganizations(raw.organizations);
  if (raw.organizations !== undefined && organizations === undefined) return undefined;
  return {
    id: raw.id,
    kind: raw.kind as SlideKind,
    text,
    ...(raw.signatory === undefined ? {} : { signatory: raw.signatory as string }),
    ...(organizations === undefined ? {} : { organizations }),
    ...(raw.from === undefined ? {} : { from: raw.from as string }),
  };
}

function parseOrganizations(value: unknown): Organization[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_ORGANIZATIONS) return undefined;
  const organizations: Organization[] = [];
  for (const raw of value) {
    if (!isRecord(raw) || !hasOnlyKeys(raw, 'name', 'link') || 'type' in raw || !isText(raw.name, 500) || (raw.link !== undefined && !isText(raw.link, 2000))) return undefined;
    organizations.push({ name: raw.name, ...(raw.link === undefined ? {} : { link: raw.link as string }) });
  }
  return organizations;
}

/** Only editable settings, each a value its field accepts (the same fields that read `settings.yaml`). */
function parseSettings(value: unknown): EditedSettings | undefined {
  if (!isRecord(value)) return undefined;
  const settings: EditedSettings = {};
  for (const [key, raw] of Object.entries(value)) {
    if (!(EDITABLE_SETTINGS as readonly string[]).includes(key)) return undefined;
    const parsed = settingField(key)?.parse(raw);
    if (parsed === undefined) return undefined;
    settings[key as EditableSetting] = parsed;
  }
  return settings;
}
