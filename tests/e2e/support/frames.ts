import type { Page } from 'playwright-core';
import type { Deck } from '../../../common/deck/deck';

/**
 * The frames of `deck` in the show's default sequence mode: each slide once for every
 * language it has. Counted from the slides themselves, not with the app's `buildFrames`,
 * which is what the tests that use this count check.
 */
export const sequenceFrameCount = (deck: Deck): number => deck.slides.reduce((count, slide) => count + Object.keys(slide.text).length, 0);

/**
 * The frame the audience screen in `page` is on, as its `data-frame` says; `NaN` while it
 * has none (the show not drawn yet), so that no expected frame matches an empty screen.
 */
export const shownFrame = (page: Page): Promise<number> =>
  page
    .locator('.show')
    .getAttribute('data-frame')
    .then((frame) => (frame === null ? Number.NaN : Number(frame)));
