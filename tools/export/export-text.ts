import { durationText } from '../duration-text';
import type { ExportSize } from './export-args';

/** Before this many pictures the time left is a guess from the page's start-up, not from drawing: not said. */
const PICTURES_BEFORE_ESTIMATE = 5;

/**
 * The progress line: how many of the pictures are drawn (stills and crossfade moments,
 * the work there is, however long each is held), and about how long the rest will take
 * at the pace so far.
 */
export function progressText(done: number, total: number, elapsedMs: number): string {
  const counted = `frame ${done} of ${total}`;
  if (done < Math.min(total, PICTURES_BEFORE_ESTIMATE)) return `${counted}, starting`;
  if (done >= total) return `${counted}, finishing the file`;
  return `${counted}, about ${durationText((elapsedMs / done) * (total - done))} left`;
}

/** A file's size as a person reads it: `812 KB`, `38.2 MB` (decimal units, as file managers show them). */
export function fileSizeText(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** What the end of a video export prints: the file, its length and its size. */
export function videoSummary(file: string, durationMs: number, size: ExportSize, bytes: number): string {
  return `wrote ${file}: ${durationText(durationMs)}, ${size.width}x${size.height}, ${fileSizeText(bytes)}`;
}

/** What the end of an images export prints. */
export function imagesSummary(folder: string, names: readonly string[], size: ExportSize, bytes: number): string {
  const range = names.length > 1 ? `${names[0]} to ${names.at(-1)}` : (names[0] ?? 'nothing');
  return `wrote ${names.length} ${names.length === 1 ? 'image' : 'images'} to ${folder} (${range}): ${size.width}x${size.height}, ${fileSizeText(bytes)} in all`;
}

/** The name of the `index`th of `count` images, numbered from 01 so that they sort in order. */
export function imageName(index: number, count: number): string {
  return `${String(index + 1).padStart(Math.max(2, String(count).length), '0')}.png`;
}
