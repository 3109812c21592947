/**
 * How far the server's clock is from this page's, estimated NTP-style: each ping's
 * round trip gives an offset that is wrong by at most half its round trip, so the
 * sample with the shortest round trip is the one to trust.
 */
export interface ClockSample {
  /** Server time minus local time, in ms. */
  readonly offsetMs: number;
  readonly roundTripMs: number;
  /** Local time the sample was taken. */
  readonly takenAt: number;
}

/** A sample from one ping: sent and answered at local times, stamped by the server in between. */
export function clockSample(sentAt: number, serverTime: number, receivedAt: number): ClockSample {
  const roundTripMs = Math.max(0, receivedAt - sentAt);
  return { offsetMs: serverTime - (sentAt + roundTripMs / 2), roundTripMs, takenAt: receivedAt };
}

/** Samples older than this are forgotten: clocks drift, and a stale best sample would hide it. */
export const SAMPLE_LIFETIME_MS = 10 * 60 * 1000;
/** Most samples kept. */
const MAX_SAMPLES = 32;

/** Keeps recent samples and answers with the offset of the one with the shortest round trip. */
export interface ClockEstimate {
  add(sample: ClockSample): void;
  /** The best offset now, or `undefined` before the first sample. */
  offsetMs(now: number): number | undefined;
}

export function createClockEstimate(): ClockEstimate {
  let samples: ClockSample[] = [];
  let last: ClockSample | undefined;
  return {
    add(sample) {
      samples = [...samples, sample].slice(-MAX_SAMPLES);
      last = sample;
    },
    offsetMs(now) {
      samples = samples.filter((sample) => now - sample.takenAt <= SAMPLE_LIFETIME_MS);
      const best = samples.reduce<ClockSample | undefined>((found, sample) => (found === undefined || sample.roundTripMs < found.roundTripMs ? sample : found), undefined);
      // With every sample expired (a long disconnection), the last one is still better than none.
      return (best ?? last)?.offsetMs;
    },
  };
}
