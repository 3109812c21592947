/** How long a slide change's crossfade takes on the audience screen; keep in step with show.css's --crossfade. */
export const CROSSFADE_MS = 450;

/**
 * The shortest time a slide is on an audience screen before the next replaces it: a
 * crossfade's length, so that every change's crossfade runs to its end. Presses that come
 * quicker (a clicker held down) move the show at once; the screen follows at this pace
 * and lands on the slide they end on (renderer/show/paced-snapshots.ts). Also with reduced motion, where
 * changes are instant: at most about two changes a second, under the three flashes a
 * second of WCAG 2.3.1, so that a held clicker does not strobe a room's screen.
 */
export const SLIDE_SHOWN_AT_LEAST_MS = CROSSFADE_MS;

/**
 * How long after it comes on screen a slide counts as settled (its words go to the live
 * region, renderer/show/use-slide-change.ts): a little after the least time it is shown. A move held
 * back while the slide came on is due at most `SLIDE_SHOWN_AT_LEAST_MS` after it came, and
 * timers run in the order they are due: a slide that a held clicker passes over is always
 * replaced before it settles, and only the slide the presses end on is spoken. The margin
 * covers the rounding of timers and clocks; no one hears 20 ms.
 */
export const SLIDE_SETTLES_AFTER_MS = SLIDE_SHOWN_AT_LEAST_MS + 20;
