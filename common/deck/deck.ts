/** The languages the statement is written in, as BCP 47 tags for the `lang` attribute. */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * What a slide is for. `statement` slides carry the statement itself; the others are
 * the sign-off, the list of organizations, the closing chant, and `read-along`: the QR
 * code of the read-along page, shown large under a heading the organizers write. A
 * read-along slide is no part of the statement: the source text, the handout's columns
 * and the read-along page itself leave it out.
 */
export const SLIDE_KINDS = ['statement', 'signature', 'organizations', 'closing', 'read-along'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** An organization the audience is asked to follow and support. */
export interface Organization {
  readonly name: string;
  readonly link?: string;
}

/** One slide-sized segment, with its text in each language it exists in. */
export interface Slide {
  readonly id: string;
  readonly kind: SlideKind;
  readonly text: Partial<Readonly<Record<Language, string>>>;
  /** The name that signs the statement (signature slides only, when filled in). */
  readonly signatory?: string;
  /** The organizations listed (organizations slides only). */
  readonly organizations?: readonly Organization[];
}

/** The compiled show: the slides that are shown, in order. */
export interface Deck {
  readonly languages: readonly Language[];
  readonly slides: readonly Slide[];
}

/** The languages a slide has text in, in the order given. */
export function languagesOf(slide: Pick<Slide, 'text'>, order: readonly Language[]): Language[] {
  return order.filter((lang) => slide.text[lang] !== undefined);
}

/** Whether a slide is part of the statement the organizers wrote (not the read-along page's QR code). */
export function isStatementPart(slide: Pick<Slide, 'kind'>): boolean {
  return slide.kind !== 'read-along';
}
