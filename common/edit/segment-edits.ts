import { LANGUAGES, type Language } from '../deck/deck';
import { splitSentences } from '../import/sentences';
import { withText, type EditedSegment } from './edited-content';

/**
 * The editor's changes to the list of segments, each a new list (the page keeps the old
 * ones for undo). Text is cut and joined at a space; no other character is added,
 * dropped or changed, so each language's segments joined with spaces read as before.
 */

/** Where each language is cut: the offset of the cursor in its text. A language without one stays whole in the first part. */
export type Cuts = Partial<Record<Language, number>>;

/** The segment cut in two at the cursors: the second part, a new segment after it, has what came after each cursor. */
export function splitSegment(segments: readonly EditedSegment[], index: number, cuts: Cuts): EditedSegment[] {
  const segment = segments[index];
  if (segment === undefined) return [...segments];
  let first: EditedSegment = segment;
  let second: EditedSegment = { id: freshId(segments, segment.id), kind: segment.kind, text: {} };
  for (const lang of LANGUAGES) {
    const text = segment.text[lang];
    const cut = cuts[lang];
    if (text === undefined || cut === undefined || cut <= 0 || cut >= text.length) continue;
    first = withText(first, lang, text.slice(0, cut).trimEnd());
    second = withText(second, lang, text.slice(cut).trimStart());
  }
  if (Object.keys(second.text).length === 0) return [...segments];
  return [...segments.slice(0, index), first, second, ...segments.slice(index + 1)];
}

/** The segment and the one after it made one: each language's texts joined by a space; the first's id and kind stay. */
export function mergeWithNext(segments: readonly EditedSegment[], index: number): EditedSegment[] {
  const segment = segments[index];
  const next = segments[index + 1];
  if (segment === undefined || next === undefined) return [...segments];
  let merged = segment;
  for (const lang of LANGUAGES) merged = withText(merged, lang, joined(segment.text[lang], next.text[lang]));
  return [...segments.slice(0, index), merged, ...segments.slice(index + 2)];
}

/**
 * One sentence of `lang` moved to the neighbouring segment: `down` moves this segment's
 * last sentence to the start of the next one, `up` its first sentence to the end of the
 * one before. Sentences are found as the importer finds them.
 */
export function moveSentence(segments: readonly EditedSegment[], index: number, lang: Language, direction: 'up' | 'down'): EditedSegment[] {
  const segment = segments[index];
  const neighbourIndex = direction === 'down' ? index + 1 : index - 1;
  const neighbour = segments[neighbourIndex];
  const text = segment?.text[lang];
  if (segment === undefined || neighbour === undefined || text === undefined) return [...segments];
  const sentences = splitSentences(text, lang);
  const moving = direction === 'down' ? sentences.at(-1) : sentences[0];
  if (moving === undefined) return [...segments];
  const staying = direction === 'down' ? text.slice(0, moving.start).trimEnd() : text.slice(moving.end).trimStart();
  const moved = text.slice(moving.start, moving.end);
  const there = neighbour.text[lang];
  const changed = [...segments];
  changed[index] = withText(segment, lang, staying);
  changed[neighbourIndex] = withText(neighbour, lang, direction === 'down' ? joined(moved, there) : joined(there, moved));
  return changed;
}

/** The segment moved one place up (`-1`) or down (`1`). */
export function moveSegment(segments: readonly EditedSegment[], index: number, by: -1 | 1): EditedSegment[] {
  const target = index + by;
  const segment = segments[index];
  const other = segments[target];
  if (segment === undefined || other === undefined) return [...segments];
  const changed = [...segments];
  changed[index] = other;
  changed[target] = segment;
  return changed;
}

/** A new, empty statement segment after `index` (at the start for `-1`), with an id of its own. */
export function addSegmentAfter(segments: readonly EditedSegment[], index: number): EditedSegment[] {
  const before = segments[index];
  const added: EditedSegment = { id: freshId(segments, before?.id ?? 'new'), kind: 'statement', text: {} };
  return [...segments.slice(0, index + 1), added, ...segments.slice(index + 1)];
}

export function removeSegment(segments: readonly EditedSegment[], index: number): EditedSegment[] {
  return segments.filter((_, at) => at !== index);
}

/** An id no segment has, after `base`: `2b` gives `2b-2`, then `2b-3`; `2b-2` gives `2b-3`. */
export function freshId(segments: readonly EditedSegment[], base: string): string {
  const taken = new Set(segments.map((segment) => segment.id));
  const stem = base.replace(/-\d+$/u, '');
  for (let n = 2; ; n += 1) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}

function joined(first: string | undefined, second: string | undefined): string {
  return [first, second].filter((text): text is string => text !== undefined && text !== '').join(' ');
}
