import { useState } from 'react';

/** The statement's text sizes on the read-along page, in CSS px: never under 16. */
export const TEXT_SIZES_PX = [16, 18, 20, 22, 25, 28, 32, 36, 40] as const;
const DEFAULT_SIZE_PX = 20;
/** The one thing the page keeps, on the phone only (the server never sees it). */
const STORAGE_KEY = 'yeondae.readAlong.textSizePx';

function storedSize(): number {
  try {
    const stored = Number(localStorage.getItem(STORAGE_KEY));
    return (TEXT_SIZES_PX as readonly number[]).includes(stored) ? stored : DEFAULT_SIZE_PX;
  } catch {
    // Storage refused (a private window, say): the default, for this visit.
    return DEFAULT_SIZE_PX;
  }
}

/** The reader's text size, with A− and A+, remembered on the phone across reloads. */
export function useTextSize(): { readonly sizePx: number; readonly smaller?: () => void; readonly larger?: () => void } {
  const [sizePx, setSizePx] = useState(storedSize);
  const index = (TEXT_SIZES_PX as readonly number[]).indexOf(sizePx);
  const step = (by: number) => () => {
    const next = TEXT_SIZES_PX[index + by] ?? sizePx;
    setSizePx(next);
    try {
      localStorage.setItem(STORAGE_KEY, String(next));
    } catch {
      // Not kept: the size still holds until the page is closed.
    }
  };
  return { sizePx, ...(index > 0 ? { smaller: step(-1) } : {}), ...(index < TEXT_SIZES_PX.length - 1 ? { larger: step(1) } : {}) };
}
