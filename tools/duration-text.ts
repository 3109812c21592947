/**
 * A duration as a person reads it on a terminal, to the nearest second: `45 s`,
 * `6 min 12 s`, `1 h 0 min 5 s`. Used for the loop's round and the export's progress.
 */
export function durationText(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} h ${minutes} min ${seconds} s`;
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}
