import { LANGUAGES, type Language, type Slide } from '../deck/deck';

/**
 * One segment as the editor page holds it: what `statement.yaml` says of it (a slide, as
 * typed: nothing trimmed), in the order of the file. `from` is the id it had in the file
 * when the page read it, so a renamed segment keeps its comments when it is saved.
 */
export interface EditedSegment extends Slide {
  readonly from?: string;
}

/**
 * The settings the editor page changes: the ones a person chooses for a show (how the
 * languages take turns, their order, how fast the audience reads, the colours). The rest
 * (network, displays, timings of the loop) stay in `settings.yaml` and the flags.
 */
export const EDITABLE_SETTINGS = ['languages', 'mode', 'readingCharactersPerSecond', 'theme', 'backgroundColor', 'textColor', 'readAlongBadge'] as const;
export type EditableSetting = (typeof EDITABLE_SETTINGS)[number];

/** The segment as `statement.yaml` would hold it: the value `checkStatement` reads. */
export function segmentValue(segment: EditedSegment): Record<string, unknown> {
  const value: Record<string, unknown> = { id: segment.id };
  if (segment.kind !== 'statement') value.kind = segment.kind;
  for (const lang of LANGUAGES) if (segment.text[lang] !== undefined) value[lang] = segment.text[lang];
  if (segment.signatory !== undefined) value.signatory = segment.signatory;
  if (segment.organizations !== undefined) value.organizations = segment.organizations.map((org) => ({ ...org }));
  return value;
}

/** The segment with the text of `lang` set (or removed, when `text` is empty: a segment may have one language). */
export function withText(segment: EditedSegment, lang: Language, text: string): EditedSegment {
  const next: Partial<Record<Language, string>> = { ...segment.text };
  if (text === '') delete next[lang];
  else next[lang] = text;
  return { ...segment, text: next };
}
