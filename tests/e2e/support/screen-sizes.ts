import type { ScreenSize } from '../../../common/layout/type-scale';

/**
 * The screens every slide is fitted to in the browser tests, since we never see the
 * venue's in advance: projectors, TVs, signage, ultrawides, laptops, upright panels.
 * `contactSheet` marks those the fit matrix photographs every slide at.
 */
export const SCREEN_SIZES: readonly (ScreenSize & { readonly contactSheet: boolean })[] = [
  { width: 800, height: 600, contactSheet: false },
  { width: 1024, height: 768, contactSheet: true },
  { width: 1366, height: 768, contactSheet: true },
  { width: 1920, height: 1080, contactSheet: true },
  { width: 2560, height: 1080, contactSheet: true },
  { width: 3840, height: 2160, contactSheet: true },
  { width: 7680, height: 4320, contactSheet: false },
  { width: 1080, height: 1920, contactSheet: true },
  { width: 600, height: 800, contactSheet: false },
];
