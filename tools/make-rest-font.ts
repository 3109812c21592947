// Regenerates renderer/fonts/pretendard-rest.woff2 and pretendard-rest-range.ts:
// `npx tsx tools/make-rest-font.ts`. The files are committed, because cutting them takes
// harfbuzz about a minute, too long for every build; run this only after updating the
// pretendard package.
//
// Pretendard's unicode-range slices (the web fonts the package ships for browsers) leave
// out about 2,300 characters its full font has, such as ã, ó and ö: text with them would
// fall back to a system font. This cuts the full font down to every character the slices
// do not cover, whole weight axis kept, as one more face of the same family.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';
import { unicodeRangeOf } from '../node/unicode-range';

const SLICES_CSS = 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
const FULL_FONT = 'pretendard/dist/web/variable/woff2/PretendardVariable.woff2';
/** The planes looked in: the Basic and the Supplementary Multilingual Plane; Pretendard has nothing past them. */
const LAST_CODE_POINT = 0x1ffff;

/** Every code point the `unicode-range`s of `css` cover. */
export function codePointsOfRanges(css: string): Set<number> {
  const covered = new Set<number>();
  for (const [, ranges = ''] of css.matchAll(/unicode-range:([^;}]+)/gu)) {
    for (const range of ranges.split(',')) {
      const [first = '', last] = range.trim().replace(/^U\+/iu, '').split('-');
      const start = Number.parseInt(first, 16);
      const end = last === undefined ? start : Number.parseInt(last, 16);
      for (let point = start; point <= end; point += 1) covered.add(point);
    }
  }
  return covered;
}

/** Every printable character up to LAST_CODE_POINT that no slice covers (surrogates are no characters). */
export function charactersOutside(covered: ReadonlySet<number>): string {
  const characters: string[] = [];
  for (let point = 0x20; point <= LAST_CODE_POINT; point += 1) {
    if (!covered.has(point) && (point < 0xd800 || point > 0xdfff)) characters.push(String.fromCodePoint(point));
  }
  return characters.join('');
}

async function makeRestFont(folder = 'renderer/fonts'): Promise<void> {
  const require = createRequire(import.meta.url);
  const rest = charactersOutside(codePointsOfRanges(readFileSync(require.resolve(SLICES_CSS), 'utf8')));
  const font = await subsetFont(readFileSync(require.resolve(FULL_FONT)), rest, { targetFormat: 'woff2' });
  writeFileSync(resolve(folder, 'pretendard-rest.woff2'), font);
  writeFileSync(
    resolve(folder, 'pretendard-rest-range.ts'),
    `// Made by tools/make-rest-font.ts: do not edit.\n\n/** The characters Pretendard's unicode-range slices leave out; pretendard-rest.woff2 has every one of them Pretendard has. */\nexport const PRETENDARD_REST_RANGE = ${JSON.stringify(unicodeRangeOf(rest))};\n`,
  );
  console.log(`wrote ${folder}/pretendard-rest.woff2 (${(font.length / 1024).toFixed(0)} KB) and pretendard-rest-range.ts`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await makeRestFont();
