import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStatement } from '../../common/content/statement-schema';
import { parseYamlFile } from '../../common/content/yaml-file';
import { LANGUAGES, type Language } from '../../common/deck/deck';
import { PAGE_MARGINS_MM, type Paper } from '../../tools/handout/paper';
import { projectStatementTexts } from '../support/bilingual-texts';
import { loadProjectContent, projectPath, readProjectFile } from '../support/project-content';
import { useScratchFolders } from '../support/scratch-folders';
import { findQrCodes } from './support/find-qr-codes';
import { pdfFonts, pdfPages, pdfText, renderPageGray, renderPagesToPng } from './support/poppler';

/**
 * `npm run handout`, read back as a reader's PDF software reads it: poppler extracts the
 * text of each column and of the page numbers, lists the fonts, and renders the pages to
 * PNG under test-results/handout/ for a person to look at.
 */
const PNG_FOLDER = projectPath('test-results/handout');
const POINTS_PER_MM = 72 / 25.4;

/** Fresh folders: for the PDFs (made before a file's tests, kept until its last) and for the pages rendered in a test. */
const scratch = useScratchFolders('yeondae-handout-');

function runHandout(...args: string[]): string {
  const out = scratch();
  const result = spawnSync(projectPath('node_modules/.bin/tsx'), [projectPath('tools/handout.ts'), '--out', out, ...args], { cwd: projectPath(''), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run handout failed:\n${result.stderr}`);
  return out;
}

const withoutWhitespace = (text: string): string => text.replace(/\s+/gu, '');

/**
 * Renders every page of `pdf` to PNG in a fresh folder, where no page of an earlier run can
 * be counted as this one's, and puts copies under test-results/handout/ for a person to
 * look at, in place of that handout's pages from before. Returns the pages rendered.
 */
function renderPagesForReview(pdf: string, name: string): string[] {
  const pngs = renderPagesToPng(pdf, scratch(), name);
  mkdirSync(PNG_FOLDER, { recursive: true });
  for (const stale of readdirSync(PNG_FOLDER).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))) rmSync(join(PNG_FOLDER, stale));
  for (const png of pngs) copyFileSync(png, join(PNG_FOLDER, basename(png)));
  return pngs;
}

/** The text of one column, every page in turn, without the page numbers in the bottom margin. */
function columnText(pdf: string, column: number): string {
  const { count, width, height } = pdfPages(pdf);
  const pages = Array.from({ length: count }, (_, index) =>
    pdfText(pdf, index + 1, { x: (column * width) / 2, y: 0, width: width / 2, height: height - PAGE_MARGINS_MM.bottom * POINTS_PER_MM }),
  );
  return pages.join('\n');
}

/**
 * Each language's statement as the organizers wrote it (content/source/statement.txt),
 * less the text of segments the show does not show either: the heading of the
 * organizations, while their list is empty.
 */
function expectedStatement(lang: Language): string {
  const parsed = parseYamlFile('statement.yaml', readProjectFile('content/statement.yaml'));
  if (!parsed.ok) throw new Error('statement.yaml does not parse');
  const shown = new Set(loadProjectContent().deck.slides.map((slide) => slide.id));
  const hidden = checkStatement(parsed.file.value).segments.filter((segment) => !shown.has(segment.id));
  expect(hidden.map((segment) => segment.kind)).toEqual(['organizations']);
  return hidden.reduce((text, segment) => text.replace(segment.text[lang] ?? '\u0000', ''), projectStatementTexts()[lang]);
}

describe.each<[Paper, number, number]>([
  ['a4', 595, 842],
  ['letter', 612, 792],
])('npm run handout -- --paper %s, of the project’s statement', (paper, width, height) => {
  let pdf = '';
  beforeAll(() => {
    pdf = join(runHandout('--paper', paper), `statement-${paper}.pdf`);
  });

  it('is printed on that paper', () => {
    const pages = pdfPages(pdf);
    expect(pages.width).toBeCloseTo(width, -1);
    expect(pages.height).toBeCloseTo(height, -1);
    expect(pages.count).toBeGreaterThanOrEqual(2);
  });

  it.each(LANGUAGES.map((lang, column) => [lang, column] as const))('has the %s statement in its column, exactly, apart from whitespace', (lang, column) => {
    expect(withoutWhitespace(columnText(pdf, column))).toBe(withoutWhitespace(expectedStatement(lang)));
  });

  it('numbers its pages in the bottom margin: 1 / n, 2 / n, …', () => {
    const { count, width: pageWidth, height: pageHeight } = pdfPages(pdf);
    const margin = PAGE_MARGINS_MM.bottom * POINTS_PER_MM;
    const numbers = Array.from({ length: count }, (_, index) => pdfText(pdf, index + 1, { x: 0, y: pageHeight - margin, width: pageWidth, height: margin }).trim());
    expect(numbers).toEqual(Array.from({ length: count }, (_, index) => `${index + 1} / ${count}`));
  });

  it('embeds the bundled Pretendard and no other font', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+Pretendard-(Regular|SemiBold)$/u);
      expect(font.embedded).toBe(true);
    }
  });

  it('renders its pages to PNG under test-results/handout/ for a person to look at', () => {
    const pngs = renderPagesForReview(pdf, `statement-${paper}`);
    expect(pngs).toHaveLength(pdfPages(pdf).count);
  });
});

describe('npm run handout with the list of organizations filled (tests/e2e/fixtures/organizations-content)', () => {
  let pdf = '';
  beforeAll(() => {
    pdf = join(runHandout('--paper', 'a4', '--content', projectPath('tests/e2e/fixtures/organizations-content')), 'statement-a4.pdf');
  });

  it('lists every organization with its link, after the sign-off, its signatory and the heading', () => {
    const text = withoutWhitespace(Array.from({ length: pdfPages(pdf).count }, (_, index) => pdfText(pdf, index + 1)).join(''));
    const before = ['Insolidarity,', 'ExampleVigilCommittee', 'Followandsupporttheseorganizations:'];
    const listed = ['ExampleSolidarityNetwork', 'https://example.org/solidarity', 'SampleMutualAidGroup', 'example.net/mutual-aid', 'PlaceholderCollective', '@placeholder_collective', 'TestReadingCircle'];
    const at = (piece: string): number => text.indexOf(piece);
    expect(before.map(at)).toEqual([...before.map(at)].sort((a, b) => a - b));
    for (const piece of listed) expect(at(piece), piece).toBeGreaterThan(at('Followandsupporttheseorganizations:'));
  });

  it('prints a QR code that opens each web address, and none for a handle or a missing link', () => {
    const dpi = 150;
    // A window of 36 mm holds a 27 mm code and its quiet zone, and never two codes.
    const windowPx = Math.round((36 / 25.4) * dpi);
    const pages = scratch();
    const codes = Array.from({ length: pdfPages(pdf).count }, (_, index) => findQrCodes(renderPageGray(pdf, index + 1, pages, dpi), windowPx)).flat();
    expect(codes.sort()).toEqual(['https://example.net/mutual-aid', 'https://example.org/solidarity']);
  });

  it('still embeds only the bundled fonts, the semibold of the names included', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/u, '')).sort()).toEqual(['Pretendard-Regular', 'Pretendard-SemiBold']);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  it('renders its pages to PNG under test-results/handout/ for a person to look at', () => {
    expect(renderPagesForReview(pdf, 'organizations-a4')).toHaveLength(pdfPages(pdf).count);
  });
});
