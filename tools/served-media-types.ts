/**
 * The file endings the show server ever serves: what `npm run build` writes to
 * dist/renderer (pages, scripts, styles, fonts, images, licence texts), with room for the
 * image kinds a later asset may use. `send` looks a file's type up in `mime-db`, 200 KB of
 * JSON for two thousand types; the bundles carry only the entries for these endings
 * (see `servedMediaTypesPlugin`), which keeps app.asar within its budget.
 */
export const SERVED_EXTENSIONS = ['html', 'css', 'js', 'mjs', 'json', 'txt', 'woff2', 'woff', 'png', 'svg', 'ico', 'webp', 'jpg', 'jpeg', 'gif', 'webmanifest'] as const;

/** A `mime-db` entry, as the package has it. */
interface MediaType {
  readonly extensions?: readonly string[];
}

/** The entries of `db` that name one of the served endings, each whole, so `mime-types` chooses among them as it would in the full database. */
export function servedMediaTypes(db: Readonly<Record<string, MediaType>>): Record<string, MediaType> {
  const served = new Set<string>(SERVED_EXTENSIONS);
  return Object.fromEntries(Object.entries(db).filter(([, type]) => type.extensions?.some((extension) => served.has(extension)) ?? false));
}
