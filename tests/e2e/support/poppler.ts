import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * poppler's command-line tools (Debian's `poppler-utils`), which read a PDF as any reader
 * would: the text a person can select, the fonts embedded, the pages as pixels.
 */
const run = (tool: string, args: readonly string[]): string => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** An area of a page, in points from its top left corner. */
export interface PageArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The text of one page (1-based), or of one area of it, as `pdftotext -raw` extracts it:
 * in the order it was drawn, which is the order a reader selects it in. (Without `-raw`,
 * pdftotext joins a word broken after a hyphen at the end of a line, "two-sided" into
 * "twosided", taking the hyphen for a soft one.)
 */
export function pdfText(pdf: string, page: number, area?: PageArea): string {
  // At 72 dpi, the crop's pixels are the PDF's points; pdftotext takes whole ones.
  const whole = (value: number): string => String(Math.round(value));
  const crop = area === undefined ? [] : ['-x', whole(area.x), '-y', whole(area.y), '-W', whole(area.width), '-H', whole(area.height)];
  return run('pdftotext', ['-raw', '-r', '72', '-f', String(page), '-l', String(page), ...crop, '-enc', 'UTF-8', pdf, '-']);
}

/** The number of pages and the size of the first, in points, from `pdfinfo`. */
export function pdfPages(pdf: string): { count: number; width: number; height: number } {
  const info = run('pdfinfo', [pdf]);
  const count = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/mu.exec(info);
  return { count, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The fonts of a PDF, as `pdffonts` lists them. */
export function pdfFonts(pdf: string): { name: string; type: string; embedded: boolean }[] {
  const lines = run('pdffonts', [pdf]).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, then emb sub uni and the object id.
    const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/u.exec(line);
    if (match === null) throw new Error(`pdffonts printed a line this test cannot read: ${line}`);
    return { name: match[1] ?? '', type: match[2] ?? '', embedded: match[4] === 'yes' };
  });
}

/**
 * Renders every page to a PNG in `folder`, named `<name>-<page>.png`; returns their paths.
 * Give it a fresh folder: every `<name>-*.png` there is taken for a page of this PDF.
 */
export function renderPagesToPng(pdf: string, folder: string, name: string, dpi = 100): string[] {
  mkdirSync(folder, { recursive: true });
  run('pdftoppm', ['-r', String(dpi), '-png', pdf, join(folder, name)]);
  return readdirSync(folder)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))
    .sort()
    .map((file) => join(folder, file));
}

/** A page as grey pixels (via `pdftoppm -gray`, a binary PGM), to look for QR codes in. */
export function renderPageGray(pdf: string, page: number, folder: string, dpi = 200): { width: number; height: number; pixels: Uint8Array } {
  mkdirSync(folder, { recursive: true });
  const stem = join(folder, `gray-${page}`);
  run('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', '-f', String(page), '-l', String(page), pdf, stem]);
  const bytes = readFileSync(`${stem}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(bytes.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}
