import type { DisplayInfo, Rect } from './display-plan';

/** The size of a rehearsal (`windowed`) audience window: 720p, a 16:9 room in small. */
export const WINDOWED_AUDIENCE_SIZE = { width: 1280, height: 720 } as const;
/** The size of a presenter window that shares its display with the audience. */
export const SHARED_PRESENTER_SIZE = { width: 1100, height: 720 } as const;

/** A rectangle of `size` centred in `area`, shrunk to fit when the area is smaller. */
export function centredIn(area: Rect, size: { readonly width: number; readonly height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where an audience window goes on its display: the whole display when fullscreen (the
 * window is created there, then fills it), or a 720p window in the middle of the work
 * area, clear of task bars, when rehearsing.
 */
export function audienceBounds(display: DisplayInfo, windowed: boolean): Rect {
  return windowed ? centredIn(display.workArea, WINDOWED_AUDIENCE_SIZE) : display.bounds;
}

/**
 * Where the presenter window goes: the whole work area of a display of its own, or a
 * window in the middle of the audience's display when there is only one.
 */
export function presenterBounds(display: DisplayInfo, ownDisplay: boolean): Rect {
  return ownDisplay ? display.workArea : centredIn(display.workArea, SHARED_PRESENTER_SIZE);
}
