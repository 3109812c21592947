import { LANGUAGES, type Deck, type Slide } from '../common/deck/deck';
import { padToWidth, wrapToWidth } from './display-width';

const NUMBER_WIDTH = 4;
const ID_WIDTH = 14;
const KIND_WIDTH = 14;

/** Rows to highlight in the table, and why. */
export interface TableMarks {
  /** Slide id → what to check about it, one line each. */
  readonly checks: ReadonlyMap<string, readonly string[]>;
  /** Highlight marked rows in colour too (for a terminal); they are always marked with `?`. */
  readonly color: boolean;
}

const HIGHLIGHT = '\u001b[1;33m';
const RESET = '\u001b[0m';

/**
 * The deck as a table for a person to review: one row a slide, its texts side by side
 * so that the English and the Korean of each segment can be compared line by line.
 * Marked rows start with `?` and are followed by what to check, so a person reads them first.
 */
export function formatDeckTable(deck: Deck, totalWidth: number, marks?: TableMarks): string {
  const textWidth = Math.max(20, Math.floor((totalWidth - NUMBER_WIDTH - ID_WIDTH - KIND_WIDTH - 2 * LANGUAGES.length) / LANGUAGES.length));
  const header = row(['#', 'id', 'kind', ...LANGUAGES], textWidth);
  const rule = '-'.repeat(Math.min(totalWidth, header.trimEnd().length));
  const rows = deck.slides.flatMap((slide, index) => slideRows(slide, index, textWidth, marks));
  return [header.trimEnd(), rule, ...rows, `${deck.slides.length} slides; languages in order: ${deck.languages.join(', ')}`].join('\n');
}

function slideRows(slide: Slide, index: number, textWidth: number, marks: TableMarks | undefined): string[] {
  const checks = marks?.checks.get(slide.id) ?? [];
  const columns = LANGUAGES.map((lang) => wrapToWidth(slideText(slide, lang), textWidth));
  const height = Math.max(...columns.map((lines) => lines.length));
  const lines: string[] = [];
  for (let line = 0; line < height; line += 1) {
    const number = `${checks.length > 0 ? '?' : ''}${index + 1}`;
    const lead = line === 0 ? [number, slide.id, slide.kind] : ['', '', ''];
    lines.push(row([...lead, ...columns.map((texts) => texts[line] ?? '')], textWidth).trimEnd());
  }
  for (const check of checks) lines.push(row(['', '', 'check:', check], textWidth).trimEnd());
  const shown = marks?.color === true && checks.length > 0 ? lines.map((line) => `${HIGHLIGHT}${line}${RESET}`) : lines;
  return [...shown, ''];
}

function slideText(slide: Slide, lang: (typeof LANGUAGES)[number]): string {
  const text = slide.text[lang];
  if (text === undefined) return '—';
  const extras = [slide.signatory, ...(slide.organizations ?? []).map((org) => (org.link ? `${org.name} (${org.link})` : org.name))];
  return [text, ...extras.filter((extra): extra is string => extra !== undefined)].join(' / ');
}

function row(cells: readonly string[], textWidth: number): string {
  const widths = [NUMBER_WIDTH, ID_WIDTH, KIND_WIDTH, ...LANGUAGES.map(() => textWidth)];
  return cells.map((cell, index) => padToWidth(cell, widths[index] ?? textWidth)).join('  ');
}
