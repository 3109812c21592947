import { isRecord } from '../content/is-record';
import { LANGUAGES, SLIDE_KINDS, type Language, type Organization, type SlideKind } from '../deck/deck';
import type { EditedSegment } from './edited-content';

const KNOWN_KEYS = new Set<string>(['id', 'kind', ...LANGUAGES, 'signatory', 'organizations']);

/**
 * The segments of a parsed `statement.yaml` as the editor page can hold them, even where
 * the show refuses one (a text too long to read, two segments with one id): those are
 * what the page is for. `undefined` when the file holds something the page could not
 * write back unchanged (an unknown key, a text that is not text): that file is fixed in a
 * text editor, as its problems say.
 */
export function editableSegments(value: unknown): EditedSegment[] | undefined {
  if (!isRecord(value) || !Array.isArray(value.segments)) return undefined;
  const segments: EditedSegment[] = [];
  for (const raw of value.segments) {
    const segment = editableSegment(raw);
    if (segment === undefined) return undefined;
    segments.push(segment);
  }
  return segments;
}

function editableSegment(raw: unknown): EditedSegment | undefined {
  if (!isRecord(raw) || Object.keys(raw).some((key) => !KNOWN_KEYS.has(key))) return undefined;
  const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id) : raw.id === undefined || raw.id === null ? '' : undefined;
  const kind = raw.kind ?? 'statement';
  if (id === undefined || !(SLIDE_KINDS as readonly unknown[]).includes(kind)) return undefined;
  const text: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const words = raw[lang];
    if (words === undefined || words === null) continue;
    if (typeof words !== 'string') return undefined;
    text[lang] = words;
  }
  if (raw.signatory !== undefined && raw.signatory !== null && typeof raw.signatory !== 'string') return undefined;
  const organizations = raw.organizations === undefined || raw.organizations === null ? undefined : editableOrganizations(raw.organizations);
  if (raw.organizations !== undefined && raw.organizations !== null && organizations === undefined) return undefined;
  return {
    id,
    kind: kind as SlideKind,
    text,
    from: id,
    ...(typeof raw.signatory === 'string' ? { signatory: raw.signatory } : {}),
    ...(organizations === undefined ? {} : { organizations }),
  };
}

function editableOrganizations(value: unknown): Organization[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const organizations: Organization[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.name !== 'string' || Object.keys(entry).some((key) => key !== 'name' && key !== 'link')) return undefined;
    if (entry.link !== undefined && entry.link !== null && typeof entry.link !== 'string') return undefined;
    organizations.push({ name: entry.name, ...(typeof entry.link === 'string' ? { link: entry.link } : {}) });
  }
  return organizations;
}
