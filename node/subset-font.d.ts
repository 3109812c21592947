// subset-font ships no types; this declares the part of its API the build uses
// (https://github.com/papandreou/subset-font#readme).
declare module 'subset-font' {
  interface SubsetOptions {
    /** The format to write: 'sfnt', 'woff' or 'woff2'. */
    readonly targetFormat?: 'sfnt' | 'woff' | 'woff2';
    /** The OpenType layout features to keep (all of them when left out). */
    readonly keepFeatures?: readonly string[];
    /** Pins an axis to one value, or narrows it to a range. */
    readonly variationAxes?: Readonly<Record<string, number | { readonly min: number; readonly max: number; readonly default?: number }>>;
  }
  /** Subsets `font` (TTF, WOFF or WOFF2) to the characters of `text` with harfbuzz's hb-subset. */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}
