let loading: Promise<void> | undefined;
let loaded = false;

/**
 * Adds all of Pretendard's slices (pretendard-slices.ts) to the page, once, and resolves
 * when their style sheet is in it: Vite evaluates a chunk only after its CSS has loaded.
 * The show calls it as soon as its first slide is painted, and at once for any text
 * outside the deck's own font; the other views at their start.
 */
export function loadPretendardSlices(): Promise<void> {
  if (loading !== undefined) return loading;
  // The import alone, then the handlers: Vite wraps an import with the loading of its chunk's
  // style sheet, and the whole expression it stands in, so a sheet that fails to load would
  // otherwise reject past them, and every view waiting for the slices would never start.
  const sheets = import('./pretendard-slices');
  loading = sheets.then(
    () => {
      loaded = true;
    },
    (error: unknown) => {
      // The build is incomplete: the text shows in the deck's font where it can, else a fallback.
      console.error('Yeondae: the font slices did not load', error);
      loaded = true;
    },
  );
  return loading;
}

/** Whether all of Pretendard's slices are in the page, so that the font set knows every character of it. */
export const pretendardSlicesLoaded = (): boolean => loaded;
