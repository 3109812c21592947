/**
 * Main's heartbeat for each window: main sends `ping`, and the window's preload, not the
 * page, answers with `answer`. The preload's isolated world runs on the page's main thread,
 * so an answer comes only while that thread runs: a page stuck in a loop, or gone, stays
 * silent. Neither channel carries a payload, and neither is part of the page's API
 * (`YeondaeApi` in contract.ts): it is the host watching its own windows.
 */
export const HEARTBEAT = {
  /** main → window: a sign of life, please. */
  ping: 'yeondae:heartbeat:ping',
  /** window → main (send): here. */
  answer: 'yeondae:heartbeat:answer',
} as const;
