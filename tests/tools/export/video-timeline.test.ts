import { describe, expect, it } from 'vitest';
import { videoTimeline, type Sample, type TimelineOptions, type TimelineStep } from '../../../tools/export/video-timeline';

const OPTIONS: TimelineOptions = { framesPerSecond: 30, crossfadeMs: 450, rounds: 1, longestSampleFrames: 30 };
const TURNS = [
  { key: 'a:en', durationMs: 5000 },
  { key: 'a:ko', durationMs: 7_010 },
  { key: 'b:en', durationMs: 6_500 },
];

/** Every frame of the video, in order, as the picture it shows. */
function framesOf(steps: readonly TimelineStep[]): string[] {
  const shown: string[] = [];
  for (const step of steps) {
    const { picture } = step;
    const name = picture.kind === 'still' ? `still ${picture.turn}` : `fade ${picture.from}>${picture.turn} @${picture.atMs.toFixed(0)}`;
    for (const sample of step.samples) {
      expect(sample.frame, `${name} starts where the frame before it ended`).toBe(shown.length);
      shown.push(...Array.from({ length: sample.frames }, () => name));
    }
  }
  return shown;
}
const samplesOf = (steps: readonly TimelineStep[]): Sample[] => steps.flatMap((step) => step.samples);

describe('the timeline of the video of the loop', () => {
  it('lasts the round, to the frame, and fills every frame of it once', () => {
    const { steps, totalFrames } = videoTimeline(TURNS, OPTIONS);
    expect(totalFrames).toBe(Math.round((18_510 * 30) / 1000));
    expect(framesOf(steps)).toHaveLength(totalFrames);
  });

  it('draws each still once and each crossfade frame by frame, 13 moments of a 450 ms fade at 30 frames a second', () => {
    const { steps } = videoTimeline(TURNS, OPTIONS);
    expect(steps.filter((step) => step.picture.kind === 'still').map((step) => step.picture.turn)).toEqual([2, 0, 1, 2]);
    const fades = steps.filter((step) => step.picture.kind === 'crossfade');
    expect(fades).toHaveLength(3 * 13);
    expect(fades.slice(0, 13).map((step) => (step.picture.kind === 'crossfade' ? Math.round(step.picture.atMs) : -1))).toEqual([33, 67, 100, 133, 167, 200, 233, 267, 300, 333, 367, 400, 433]);
  });

  it('begins as a running round does after its first, crossfading from the last turn, so a repeated file loops without a seam', () => {
    const frames = framesOf(videoTimeline(TURNS, OPTIONS).steps);
    expect(frames.slice(0, 3)).toEqual(['still 2', 'fade 2>0 @33', 'fade 2>0 @67']);
    expect(frames[14]).toBe('still 0');
    expect(frames.at(-1)).toBe('still 2');
  });

  it('changes on the frame of each turn’s start, the outgoing still shown on it (the incoming slide is still transparent)', () => {
    const frames = framesOf(videoTimeline(TURNS, OPTIONS).steps);
    expect(frames[150]).toBe('still 0');
    expect(frames[151]).toBe('fade 0>1 @33');
    // 12.01 s is frame 360.3: the change lands on frame 360.
    expect(frames[360]).toBe('still 1');
    expect(frames[361]).toBe('fade 1>2 @33');
  });

  it('holds a still in samples of at most a second, the first of each a key frame a player can seek to', () => {
    const { steps } = videoTimeline(TURNS, OPTIONS);
    const stills = steps.filter((step) => step.picture.kind === 'still');
    for (const step of stills) {
      expect(step.samples.every((sample) => sample.frames <= 30)).toBe(true);
      expect(step.samples.map((sample) => sample.keyFrame)).toEqual(step.samples.map((_sample, index) => index === 0));
    }
    expect(samplesOf(steps)[0]?.keyFrame).toBe(true);
    expect(steps.filter((step) => step.picture.kind === 'crossfade').every((step) => step.samples.every((sample) => !sample.keyFrame))).toBe(true);
  });

  it('holds each still as one key frame for all its time when samples may be as long as need be, the video\'s last frame a sample of its own', () => {
    const { steps, totalFrames } = videoTimeline(TURNS, { ...OPTIONS, longestSampleFrames: Number.POSITIVE_INFINITY });
    const stills = steps.filter((step) => step.picture.kind === 'still');
    expect(stills.map((step) => step.samples.length)).toEqual([1, 1, 1, 2]);
    // From the end of each crossfade (13 frames after its change) through the next change's frame.
    expect(stills.map((step) => step.samples.reduce((frames, sample) => frames + sample.frames, 0))).toEqual([1, 137, 197, 181]);
    // Seeking past the start of the last still still finds a frame: the last one, the same picture.
    expect(stills.at(-1)?.samples.at(-1)).toEqual({ frame: totalFrames - 1, frames: 1, keyFrame: false });
    expect(framesOf(steps)).toHaveLength(555);
  });

  it('repeats the round for more rounds, each starting with the crossfade from the last turn, and no drift', () => {
    const { steps, totalFrames } = videoTimeline(TURNS, { ...OPTIONS, rounds: 3 });
    const frames = framesOf(steps);
    expect(totalFrames).toBe(Math.round((3 * 18_510 * 30) / 1000));
    const roundFrames = 18_510 * 0.03;
    expect(frames[Math.round(roundFrames)]).toBe('still 2');
    expect(frames[Math.round(roundFrames) + 1]).toBe('fade 2>0 @33');
    expect(frames[Math.round(2 * roundFrames) + 1]).toBe('fade 2>0 @33');
  });

  it('holds one still for the whole video where the loop never changes what is on screen', () => {
    const { steps, totalFrames } = videoTimeline([{ key: 'only:ko', durationMs: 5000 }], { ...OPTIONS, rounds: 2 });
    expect(steps.map((step) => step.picture)).toEqual([{ kind: 'still', turn: 0 }]);
    expect(framesOf(steps)).toHaveLength(totalFrames);
  });

  it('changes at once, with nothing drawn in between, where the show has no crossfade', () => {
    const { steps } = videoTimeline(TURNS, { ...OPTIONS, crossfadeMs: 0 });
    const frames = framesOf(steps);
    expect(steps.every((step) => step.picture.kind === 'still')).toBe(true);
    expect(frames[0]).toBe('still 0');
    expect(frames[149]).toBe('still 0');
    expect(frames[150]).toBe('still 1');
  });
});
