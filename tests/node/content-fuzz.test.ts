import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../common/content/load-content';
import type { ContentProblem } from '../../common/content/problem';
import { unreadableText } from '../../common/content/readable-text';
import { parseFlags } from '../../common/host/flags';
import { firstIllegible } from '../../common/layout/legibility';
import { checkSettings, DEFAULT_SETTINGS } from '../../common/settings/settings';
import { loadContentFiles } from '../../node/load-content-files';
import { decodeUtf8 } from '../../node/text-file';
import { aliasWeb, anyKey, anyValue, contentBytes, damagedYaml, deepNesting, nearlyStatement, segmentText } from '../support/content-arbitraries';

// A property-based fuzz test of content loading (issue 14): whatever a content or
// settings file holds, loading it ends in a deck the show can run, or in problems a
// person can act on (a file, a line, one line of text), never in an exception, and
// within a time bound. Bounded so that it adds seconds, not minutes, to `npm test`;
// fast-check prints the seed and the smallest failing input when a property fails.

/** Inputs per property; `YEONDAE_FUZZ_RUNS=5000 npx vitest run tests/node/content-fuzz.test.ts` fuzzes for longer. */
const RUNS = Number(process.env.YEONDAE_FUZZ_RUNS ?? 150);
/** Per input. Generous for a shared, busy machine: a healthy load takes milliseconds. */
const TIME_BOUND_MS = 2_000;
const STATEMENT = 'content/statement.yaml';
const SETTINGS = 'content/settings.yaml';
/** Lines about a whole file, which have no line of their own. */
const WHOLE_FILE = /^(and \d+ more problems in this file|this file is ignored until it is fixed: .*)$/u;

/** Loads, within the time bound, and returns what came back. */
function timed<T>(load: () => T): T {
  const started = performance.now();
  const result = load();
  expect(performance.now() - started, 'milliseconds for one input').toBeLessThan(TIME_BOUND_MS);
  return result;
}

function expectPlaced(problem: ContentProblem, texts: Readonly<Record<string, string | undefined>>): void {
  expect([STATEMENT, SETTINGS]).toContain(problem.file);
  // One line a person can act on: no line breaks, no stack trace, not a whole file quoted back.
  expect(problem.message).not.toMatch(/[\n\r\u2028\u2029]|^\s+at /u);
  expect(problem.message.length).toBeLessThanOrEqual(400);
  if (WHOLE_FILE.test(problem.message)) return;
  expect(problem.line, problem.message).toBeGreaterThanOrEqual(1);
  const text = texts[problem.file];
  if (text !== undefined) expect(problem.line).toBeLessThanOrEqual(text.split('\n').length + 1);
}

/** A deck the show can run, every word of it readable; or problems, each in its place, with an error among them. */
function expectShowableOrPlaced(loaded: LoadedContent, texts: Readonly<Record<string, string | undefined>> = {}): void {
  for (const problem of loaded.problems) expectPlaced(problem, texts);
  expect(loaded.ok).toBe(!loaded.problems.some((problem) => problem.severity === 'error'));
  if (!loaded.ok) return;
  expect(loaded.deck.slides.length).toBeGreaterThan(0);
  for (const slide of loaded.deck.slides) {
    for (const [lang, text] of Object.entries(slide.text)) {
      expect(unreadableText(text), `${slide.id}:${lang}`).toBeUndefined();
      expect(firstIllegible(text, lang as 'en' | 'ko'), `${slide.id}:${lang}`).toBeUndefined();
    }
  }
  expect(checkSettings(loaded.settings).problems).toEqual([]);
}

const loadTexts = (statement: string, settings?: string): void => {
  const loaded = timed(() => loadContent({ statement, ...(settings === undefined ? {} : { settings }) }));
  expectShowableOrPlaced(loaded, { [STATEMENT]: statement, [SETTINGS]: settings });
};

describe('loading content, fuzzed', { timeout: Math.max(60_000, RUNS * 200) }, () => {
  it('turns any nearly-right statement, damaged or not, into a deck or placed problems', () => {
    fc.assert(fc.property(damagedYaml(nearlyStatement), (statement) => loadTexts(statement)), { numRuns: RUNS });
  });

  it('turns any settings file, with keys named like object machinery, into settings and warnings', () => {
    fc.assert(
      fc.property(damagedYaml(fc.dictionary(anyKey, anyValue, { maxKeys: 6 })), (settings) => loadTexts('segments:\n  - id: a\n    en: A.\n', settings)),
      { numRuns: RUNS },
    );
  });

  it('survives webs of aliases and nesting of any depth, in either file', () => {
    fc.assert(fc.property(fc.oneof(aliasWeb, deepNesting), fc.boolean(), (text, asSettings) => (asSettings ? loadTexts('segments: [{id: a, en: A.}]', text) : loadTexts(text))), {
      numRuns: Math.ceil(RUNS / 3),
    });
  });

  it('turns any bytes into a deck or placed problems, never into � on a slide', () => {
    fc.assert(
      fc.property(contentBytes, contentBytes, (statement, settings) => {
        const loaded = timed(() => loadContentFiles({ statement: decodeUtf8(statement), settings: decodeUtf8(settings), source: { kind: 'missing' } }, 'content'));
        const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
        expectShowableOrPlaced(loaded, { [STATEMENT]: text(statement), [SETTINGS]: text(settings) });
      }),
      { numRuns: RUNS },
    );
  });

  it('lets no text reach a slide that shows nothing, or boxes and �, in any language', () => {
    fc.assert(
      fc.property(segmentText, segmentText, (en, ko) => loadTexts(`segments:\n  - id: a\n    en: ${JSON.stringify(en)}\n    ko: ${JSON.stringify(ko)}\n`)),
      { numRuns: RUNS },
    );
  });
});

describe('the settings schema, fuzzed', { timeout: Math.max(60_000, RUNS * 200) }, () => {
  it('keeps a valid value for every setting, whatever it is given, warning about each key it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.dictionary(anyKey, anyValue, { maxKeys: 8 })), (value) => {
        const checked = timed(() => checkSettings(value, DEFAULT_SETTINGS));
        expect(checkSettings(checked.settings).problems).toEqual([]);
        for (const problem of checked.problems) {
          expect(problem.severity).toBe('warning');
          expect(problem.message).not.toMatch(/[\n\r\u2028\u2029]/u);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any command line into settings it can check, never throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyKey.map((key) => `--${key}`), anyKey.map((key) => `--${key}=x`), anyKey), { maxLength: 6 }), (args) => {
        const flags = timed(() => parseFlags(args));
        expect(checkSettings(flags.settingsOverrides).problems.every((problem) => problem.severity === 'warning')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
