import { LANGUAGES, SLIDE_KINDS, type Language, type Organization, type SlideKind } from '../deck/deck';
import { isRecord } from './is-record';
import { checkOrganizations } from './organizations-schema';
import { describeValue, quote } from './quote';
import { unreadableText } from './readable-text';
import { checkItemsWithUniqueIds } from './unique-items';
import type { PathProblem, YamlPath } from './yaml-file';

/** One segment as written in `statement.yaml`, checked. */
export interface Segment {
  readonly id: string;
  readonly kind: SlideKind;
  readonly text: Partial<Record<Language, string>>;
  readonly signatory?: string;
  readonly organizations?: readonly Organization[];
}

export interface StatementCheck {
  readonly segments: Segment[];
  readonly problems: PathProblem[];
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const SEGMENT_KEYS = ['id', 'kind', ...LANGUAGES, 'signatory', 'organizations'] as const;

/**
 * Checks the parsed `statement.yaml`. Anything not understood is an error rather than
 * ignored: a misspelt key (`eng:`) would otherwise drop text from the show unnoticed.
 */
export function checkStatement(value: unknown): StatementCheck {
  const problems: PathProblem[] = [];
  const error = (path: YamlPath, message: string): void => {
    problems.push({ severity: 'error', path, message });
  };
  if (!isRecord(value) || !Array.isArray(value.segments)) {
    error(['segments'], 'the file must have a `segments:` list');
    return { segments: [], problems };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'segments') error([key], `unknown key ${quote(key)} (only \`segments:\` belongs at the top)`);
  }
  const segments = checkItemsWithUniqueIds(value.segments, 'segments', 'segment', checkSegment, problems);
  if (segments.length === 0 && problems.length === 0) error(['segments'], 'the `segments:` list is empty');
  return { segments, problems };
}

function checkSegment(raw: unknown, path: YamlPath, problems: PathProblem[]): Segment | undefined {
  const start = problems.length;
  const error = (key: YamlPath, message: string): void => {
    problems.push({ severity: 'error', path: [...path, ...key], message });
  };
  if (!isRecord(raw)) {
    error([], 'each segment must be a mapping with an `id:` and its texts');
    return undefined;
  }
  const label = typeof raw.id === 'string' || typeof raw.id === 'number' ? `segment ${quote(String(raw.id))}` : 'this segment';
  for (const key of Object.keys(raw)) {
    if (!(SEGMENT_KEYS as readonly string[]).includes(key)) {
      error([key], `${label} has an unknown key ${quote(key)} (known keys: ${SEGMENT_KEYS.join(', ')})`);
    }
  }
  const id = typeof raw.id === 'number' && Number.isInteger(raw.id) ? String(raw.id) : raw.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    error(['id'], `${label} needs an \`id:\` made of letters, digits, "-" or "_"`);
  }
  const kind = raw.kind ?? 'statement';
  if (!(SLIDE_KINDS as readonly unknown[]).includes(kind)) {
    error(['kind'], `${label} has kind ${describeValue(kind)}; it must be one of: ${SLIDE_KINDS.join(', ')}`);
  }
  const text: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const value = raw[lang];
    if (value === undefined || value === null) continue;
    const unreadable = typeof value === 'string' && value.trim() !== '' ? unreadableText(value) : 'must be non-empty text';
    if (unreadable === undefined) text[lang] = (value as string).trim();
    else error([lang], `${label}: the ${lang} text ${unreadable}`);
  }
  if (Object.keys(text).length === 0 && problems.length === start) {
    error([], `${label} has no text: give it ${LANGUAGES.map((lang) => `\`${lang}:\``).join(' or ')}`);
  }
  const signatory = checkSignatory(raw, kind, label, error);
  const organizations = checkOrganizations(raw, kind, label, error);
  if (problems.length > start) return undefined;
  return {
    id: id as string,
    kind: kind as SlideKind,
    text,
    ...(signatory !== undefined && signatory !== '' ? { signatory } : {}),
    ...(organizations !== undefined ? { organizations } : {}),
  };
}

/** Reports an error at a path inside the segment being checked. */
export type ErrorAt = (key: YamlPath, message: string) => void;

function checkSignatory(raw: Record<string, unknown>, kind: unknown, label: string, error: ErrorAt): string | undefined {
  if (raw.signatory === undefined || raw.signatory === null) return undefined;
  if (kind !== 'signature') error(['signatory'], `${label}: \`signatory:\` belongs only to a segment of kind signature`);
  if (typeof raw.signatory !== 'string') {
    error(['signatory'], `${label}: \`signatory:\` must be text (use "" while there is none)`);
    return undefined;
  }
  const unreadable = raw.signatory.trim() === '' ? undefined : unreadableText(raw.signatory);
  if (unreadable !== undefined) error(['signatory'], `${label}: the signatory ${unreadable}`);
  return raw.signatory.trim();
}
