import { LANGUAGES, type Language } from '../../common/deck/deck';

type SegmentTexts = Partial<Readonly<Record<Language, string>>>;

/** How two cuts of the same bilingual text into segments compare. */
export interface BoundaryAgreement {
  /** Boundaries between segments in the reference (hand-made) cut. */
  readonly reference: number;
  /** Boundaries between segments in the cut under test. */
  readonly produced: number;
  /** Boundaries the two share. */
  readonly shared: number;
}

/**
 * The boundaries between consecutive segments, each as the place where it falls in
 * both texts at once: how many characters (whitespace aside) of the English and of the
 * Korean come before it. Two cuts share a boundary when they cut both texts at the same
 * places; one-language segments move one text's place and not the other's.
 */
export function segmentBoundaries(segments: readonly SegmentTexts[]): string[] {
  const before: Record<Language, number> = { en: 0, ko: 0 };
  return segments.slice(0, -1).map((segment) => {
    for (const lang of LANGUAGES) before[lang] += (segment[lang] ?? '').replace(/\s+/gu, '').length;
    return LANGUAGES.map((lang) => before[lang]).join(',');
  });
}

/** Compares the boundaries of `produced` with those of `reference`. */
export function boundaryAgreement(reference: readonly SegmentTexts[], produced: readonly SegmentTexts[]): BoundaryAgreement {
  const referenceBoundaries = new Set(segmentBoundaries(reference));
  const producedBoundaries = segmentBoundaries(produced);
  return {
    reference: referenceBoundaries.size,
    produced: producedBoundaries.length,
    shared: producedBoundaries.filter((boundary) => referenceBoundaries.has(boundary)).length,
  };
}
