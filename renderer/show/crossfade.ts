/** How long a slide change's crossfade takes on the audience screen; keep in step with show.css's --crossfade. */
export const CROSSFADE_MS = 450;

/**
 * The shortest time a slide is on an audience screen before the next replaces it: a
 * crossfade's length, so that every change's crossfade runs to its end. Presses that come
 * quicker (a clicker held down) move the show at once; the screen follows at this pace
 * and lands on the slide they end on (paced-snapshots.ts). Also with reduced motion, where
 * changes are instant: at most about two changes a second, under the three flashes a
 * second of WCAG 2.3.1, so that a held clicker does not strobe a room's screen.
 */
export const SLIDE_SHOWN_AT_LEAST_MS = CROSSFADE_MS;
