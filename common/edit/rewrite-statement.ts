import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { LANGUAGES } from '../deck/deck';
import { segmentValue, type EditedSegment } from './edited-content';

/** How the `yaml` library writes the file: no line is folded, so each text stays on its line. */
const WRITE_OPTIONS = { lineWidth: 0 } as const;

/**
 * The text of `statement.yaml` with its segments replaced by `segments`, written through
 * the `yaml` Document API into the file as it is, so the organizers' comments (the header,
 * the ones above a segment, at the end of a line) and blank lines stay where they were.
 * A segment keeps its node, and with it its comments, by the id it had (`from`); a new one
 * is written as the file's own are (`en: >-`, the text on the next line). Each text is
 * written as it was typed: the written file is read back, and a text that would not read
 * back exactly is an error thrown here (the save is refused), never a changed word.
 */
export function rewriteStatement(original: string, segments: readonly EditedSegment[]): string {
  const doc: Document = parseDocument(original, { uniqueKeys: false });
  const existing = isSeq(doc.get('segments', true)) ? (doc.get('segments', true) as YAMLSeq) : undefined;
  const byId = new Map<string, YAMLMap>();
  for (const item of existing?.items ?? []) if (isMap(item)) byId.set(String(item.get('id')), item);
  const list = existing ?? new YAMLSeq();
  // The library keeps the comment above the first segment on the list: it belongs to that segment, and moves with it.
  const first = list.items[0];
  if (isMap(first) && list.commentBefore !== undefined && list.commentBefore !== null) {
    first.commentBefore = first.commentBefore === undefined || first.commentBefore === null ? list.commentBefore : `${list.commentBefore}\n${first.commentBefore}`;
    list.commentBefore = null;
  }
  // Segments apart by a blank line, as the file has them (the shipped file does), whatever moved where.
  const spaced = list.items.length < 2 || list.items.slice(1).some((item) => isMap(item) && item.spaceBefore === true);
  const used = new Set<YAMLMap>();
  list.items = segments.map((segment, index) => {
    const kept = byId.get(segment.from ?? segment.id);
    const node = kept !== undefined && !used.has(kept) ? kept : new YAMLMap();
    used.add(node);
    node.spaceBefore = spaced && index > 0;
    writeSegment(doc, node, segment);
    return node;
  });
  if (existing === undefined) {
    if (!isMap(doc.contents)) doc.contents = new YAMLMap();
    (doc.contents as YAMLMap).set('segments', list);
  }
  const text = doc.toString(WRITE_OPTIONS);
  assertReadsBack(text, segments);
  return text;
}

/** The node's keys set to the segment's, in the file's order for new keys: id, kind, en, ko, signatory, organizations. */
function writeSegment(doc: Document, node: YAMLMap, segment: EditedSegment): void {
  const value = segmentValue(segment);
  setPlain(node, 'id', value.id);
  if (segment.kind === 'statement' && node.get('kind') === undefined) node.delete('kind');
  else setPlain(node, 'kind', segment.kind);
  for (const lang of LANGUAGES) {
    const text = segment.text[lang];
    if (text === undefined) node.delete(lang);
    else setText(node, lang, text);
  }
  if (segment.signatory === undefined) node.delete('signatory');
  else setPlain(node, 'signatory', segment.signatory);
  if (segment.organizations === undefined) node.delete('organizations');
  else if (JSON.stringify(node.toJSON().organizations) !== JSON.stringify(value.organizations)) node.set('organizations', doc.createNode(value.organizations));
}

/** Sets a value, keeping its node (and the comment beside it) when it already holds it. */
function setPlain(node: YAMLMap, key: string, value: unknown): void {
  const current = node.get(key, true);
  if (isScalar(current)) {
    if (String(current.value) !== String(value)) current.value = value;
    return;
  }
  node.set(key, value);
}

/** A text in the file's own style: on its own line after `>-`, or `|-` for one with line breaks, quoted where a block cannot hold it. */
function setText(node: YAMLMap, key: string, text: string): void {
  const current = node.get(key, true);
  if (isScalar(current) && current.value === text) return;
  const scalar = isScalar(current) ? current : new Scalar(text);
  scalar.value = text;
  scalar.type = styleFor(text);
  if (!isScalar(current)) node.set(key, scalar);
}

function styleFor(text: string): Scalar.Type {
  // A block scalar cannot start with a space, nor end with one it should keep.
  if (/^\s|\s$/u.test(text)) return Scalar.QUOTE_DOUBLE;
  return text.includes('\n') ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED;
}

function assertReadsBack(text: string, segments: readonly EditedSegment[]): void {
  const read = parseDocument(text).toJS() as { segments?: Record<string, unknown>[] } | null;
  const back = read?.segments ?? [];
  const same = back.length === segments.length && segments.every((segment, index) => JSON.stringify(back[index]) === JSON.stringify(orderedLike(back[index], segmentValue(segment))));
  if (!same) throw new Error('the statement would not read back as typed; nothing was written');
}

/** `value` with its keys in the order of `like`, so two mappings with the same keys compare equal as JSON. */
function orderedLike(like: Record<string, unknown> | undefined, value: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(like ?? {});
  const ordered: Record<string, unknown> = {};
  for (const key of [...keys.filter((key) => key in value), ...Object.keys(value).filter((key) => !keys.includes(key))]) ordered[key] = value[key];
  return ordered;
}
