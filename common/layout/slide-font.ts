/**
 * The type the slides are set in: Pretendard at one weight. Keep in step with
 * renderer/fonts/fonts.css (`--show-font-weight`, `--slide-font-family`).
 */
export const SLIDE_FONT = {
  /** Pretendard cut down at build time to the built-in statement's characters, at the slides' weight alone. */
  deckFamily: 'Pretendard Deck',
  /** All of Pretendard, the variable font in unicode-range slices: whatever the cut-down one lacks. */
  fullFamily: 'Pretendard Variable',
  weight: 600,
} as const;
