/**
 * The video of the loop, as pictures to draw and the samples each becomes. The show is
 * still between crossfades, so a turn's still is drawn once and held, and only the
 * crossfades are drawn frame by frame. All times are whole frames at the video's rate,
 * so every change lands on a frame and the video's length is the rounds' own, to half a
 * frame.
 */

/** What the timeline needs of a turn of the loop (see common/show/loop-turns.ts). */
export interface TimelineTurn {
  /** What the turn shows; the show crossfades exactly when it changes. */
  readonly key: string;
  readonly durationMs: number;
}

export interface TimelineOptions {
  readonly framesPerSecond: number;
  /** How long the show's crossfade lasts (show.css `--crossfade`); 0 for none. */
  readonly crossfadeMs: number;
  readonly rounds: number;
  /**
   * The longest one sample may last, in frames: a still is repeated at this interval,
   * so a player that counts on frames coming (a TV's, seeking, showing the time) gets them.
   */
  readonly longestSampleFrames: number;
}

/** A picture to draw: a turn's still, or a moment of the crossfade into a turn, `atMs` after it began. */
export type Picture =
  | { readonly kind: 'still'; readonly turn: number }
  | { readonly kind: 'crossfade'; readonly from: number; readonly turn: number; readonly atMs: number };

/** Where a picture goes in the video: from `frame`, for `frames` frames; `keyFrame` starts a group a player can seek to. */
export interface Sample {
  readonly frame: number;
  readonly frames: number;
  readonly keyFrame: boolean;
}

/** A picture, drawn once, and the samples it fills, in order. */
export interface TimelineStep {
  readonly picture: Picture;
  readonly samples: readonly Sample[];
}

export interface VideoTimeline {
  /** In the order the pictures are drawn and encoded, which is the video's order. */
  readonly steps: readonly TimelineStep[];
  readonly totalFrames: number;
}

/** The frame on which something `ms` into the video falls. */
const frameAt = (ms: number, framesPerSecond: number): number => Math.round((ms * framesPerSecond) / 1000);

/** A still held from `start` to `end` (frames), as samples of at most `longest` frames, the first a key frame. */
function heldStill(start: number, end: number, longest: number): Sample[] {
  const samples: Sample[] = [];
  for (let frame = start; frame < end; frame += longest) samples.push({ frame, frames: Math.min(longest, end - frame), keyFrame: frame === start });
  return samples;
}

/**
 * The video's last still, with its last frame a sample of its own. A player or a tool that
 * seeks into a still shows the first frame at or after the moment sought (ffmpeg's `-ss`
 * does); inside the other stills that is the next crossfade's first frame, the same picture,
 * but past the start of the last still there would be none, and nothing would be shown.
 */
function closedStill(samples: readonly Sample[]): Sample[] {
  const last = samples.at(-1);
  if (last === undefined || last.frames < 2) return [...samples];
  return [...samples.slice(0, -1), { ...last, frames: last.frames - 1 }, { frame: last.frame + last.frames - 1, frames: 1, keyFrame: false }];
}

/**
 * The timeline of `rounds` rounds of the loop. Every round begins as every round of a
 * running show after its first does, crossfading from the last turn into the first, so a
 * player that repeats the file loops without a seam. The first frame of a crossfade is
 * the still before it (the incoming slide is still transparent), so it is not drawn again:
 * that still is held one frame longer. Where the screen does not change (a loop of one
 * turn), the still is simply held on.
 */
export function videoTimeline(turns: readonly TimelineTurn[], options: TimelineOptions): VideoTimeline {
  const { framesPerSecond, crossfadeMs, rounds, longestSampleFrames } = options;
  const count = turns.length;
  const roundMs = turns.reduce((total, turn) => total + turn.durationMs, 0);
  const totalFrames = frameAt(rounds * roundMs, framesPerSecond);
  const frameMs = 1000 / framesPerSecond;
  // The moments of a crossfade after its first frame, up to (not including) its end.
  const fadeMoments = Array.from({ length: Math.max(0, Math.ceil(crossfadeMs / frameMs) - 1) }, (_unused, index) => (index + 1) * frameMs);
  const turnAt = (index: number): number => ((index % count) + count) % count;
  const changesAt = (index: number): boolean => turns[turnAt(index - 1)]?.key !== turns[turnAt(index)]?.key;

  const steps: TimelineStep[] = [];
  // The still on screen, from which frame: at the start, the last turn's, if the first round fades in from it.
  let still = count > 0 && changesAt(0) ? { turn: count - 1, from: 0 } : undefined;
  let startMs = 0;
  for (let index = 0; index < rounds * count; index += 1) {
    const turn = turnAt(index);
    const changeFrame = Math.min(totalFrames, frameAt(startMs, framesPerSecond));
    startMs += turns[turn]?.durationMs ?? 0;
    const nextChange = Math.min(totalFrames, frameAt(startMs, framesPerSecond));
    if (still !== undefined && !changesAt(index)) continue;
    const fades = still !== undefined && fadeMoments.length > 0;
    let frame = fades ? changeFrame + 1 : changeFrame;
    if (still !== undefined && frame > still.from) steps.push({ picture: { kind: 'still', turn: still.turn }, samples: heldStill(still.from, frame, longestSampleFrames) });
    if (fades) {
      for (const atMs of fadeMoments.slice(0, Math.max(0, nextChange - frame))) {
        steps.push({ picture: { kind: 'crossfade', from: still?.turn ?? turn, turn, atMs }, samples: [{ frame, frames: 1, keyFrame: false }] });
        frame += 1;
      }
    }
    still = { turn, from: frame };
  }
  if (still !== undefined && totalFrames > still.from) steps.push({ picture: { kind: 'still', turn: still.turn }, samples: closedStill(heldStill(still.from, totalFrames, longestSampleFrames)) });
  return { steps, totalFrames };
}
