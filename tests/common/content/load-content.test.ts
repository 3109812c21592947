import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../common/content/load-content';
import { formatProblem } from '../../../common/content/problem';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';

const GOOD = `segments:
  - id: one
    en: >-
      First: a sentence.
    ko: >-
      첫 문장.
  - id: closing
    kind: closing
    ko: Free Free Palestine!
`;

function errorsOf(statement: string, settings?: string): string[] {
  const loaded = loadContent({ statement, ...(settings === undefined ? {} : { settings }) });
  return loaded.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
}

describe('loadContent', () => {
  it('compiles segments into slides with the text of each language they have', () => {
    const loaded = loadContent({ statement: GOOD });
    expect(loaded.ok && loaded.deck).toEqual({
      languages: ['en', 'ko'],
      slides: [
        { id: 'one', kind: 'statement', text: { en: 'First: a sentence.', ko: '첫 문장.' } },
        { id: 'closing', kind: 'closing', text: { ko: 'Free Free Palestine!' } },
      ],
    });
  });

  it('names the file and line of a YAML syntax error and fails the load', () => {
    const loaded = loadContent({ statement: 'segments:\n  - id: one\n    en: "unclosed\n' });
    expect(loaded.ok).toBe(false);
    expect(loaded.problems[0]).toMatchObject({ severity: 'error', file: 'content/statement.yaml' });
    expect(loaded.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('names the line of a misspelt language key instead of dropping the text', () => {
    const statement = GOOD.replace('    ko: >-\n      첫', '    kr: >-\n      첫');
    expect(errorsOf(statement)).toEqual([
      'content/statement.yaml:5: error: segment "one" has an unknown key "kr" (known keys: id, kind, en, ko, signatory, organizations)',
    ]);
  });

  it('rejects a duplicated id, pointing at the second one', () => {
    expect(errorsOf(`${GOOD}  - id: one\n    en: Again.\n`)).toEqual([
      'content/statement.yaml:10: error: id "one" is used by an earlier segment; ids must be unique',
    ]);
  });

  it.each([
    ['a segment without any text', 'segments:\n  - id: lonely\n', 'segment "lonely" has no text'],
    ['an empty text', 'segments:\n  - id: blank\n    en: "  "\n', 'the en text must be non-empty text'],
    ['a missing id', 'segments:\n  - en: Text.\n', 'needs an `id:`'],
    ['an unknown kind', 'segments:\n  - id: a\n    kind: poem\n    en: Text.\n', 'has kind "poem"'],
    ['a file without segments', 'title: x\n', 'the file must have a `segments:` list'],
    ['an organization without a name', 'segments:\n  - id: o\n    kind: organizations\n    en: Orgs\n    organizations:\n      - link: "@x"\n', 'organization 1 needs a `name:`'],
    ['a signatory on a statement segment', 'segments:\n  - id: a\n    en: Text.\n    signatory: Someone\n', 'belongs only to a segment of kind signature'],
  ])('reports %s as an error', (_name, statement, message) => {
    const errors = errorsOf(statement);
    expect(errors.join('\n')).toContain(message);
    expect(loadContent({ statement }).ok).toBe(false);
  });

  it('hides the organizations slide while its list is empty, and warns about it', () => {
    const statement = `${GOOD}  - id: orgs\n    kind: organizations\n    en: 'Follow these:'\n    organizations: []\n`;
    const loaded = loadContent({ statement });
    expect(loaded.ok && loaded.deck.slides.map((slide) => slide.id)).toEqual(['one', 'closing']);
    expect(loaded.problems.map(formatProblem)).toEqual([
      'content/statement.yaml:13: warning: the list of organizations is empty, so the slide "orgs" is not shown until organizations are added',
    ]);
  });

  it('shows the organizations slide with its entries once the list has some', () => {
    const statement = `${GOOD}  - id: orgs\n    kind: organizations\n    en: 'Follow these:'\n    organizations:\n      - name: First Org\n        link: "@first"\n      - name: Second Org\n`;
    const loaded = loadContent({ statement });
    expect(loaded.ok && loaded.deck.slides.at(-1)).toEqual({
      id: 'orgs',
      kind: 'organizations',
      text: { en: 'Follow these:' },
      organizations: [{ name: 'First Org', link: '@first' }, { name: 'Second Org' }],
    });
  });

  it('shows a list of more than a dozen organizations, and warns that its codes get too small to scan', () => {
    const entries = (count: number): string => Array.from({ length: count }, (_, index) => `      - name: Org ${index + 1}\n        link: example.org/${index + 1}\n`).join('');
    const statement = (count: number): string => `${GOOD}  - id: orgs\n    kind: organizations\n    en: 'Follow these:'\n    organizations:\n${entries(count)}`;
    expect(loadContent({ statement: statement(12) }).problems).toEqual([]);
    const loaded = loadContent({ statement: statement(13) });
    expect(loaded.ok && loaded.deck.slides.at(-1)?.organizations).toHaveLength(13);
    expect(loaded.problems.map(formatProblem)).toEqual([
      'content/statement.yaml:14: warning: the slide "orgs" lists 13 organizations: past 12, their QR codes get too small to scan from across a room; split the list over two organizations segments',
    ]);
  });

  it('keeps the default for a bad setting, reports it, and still loads the show', () => {
    const loaded = loadContent({ statement: GOOD, settings: 'languages: [en, en]\ncolour: red\n' });
    expect(loaded.ok && loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems.map(formatProblem)).toEqual([
      'content/settings.yaml:1: warning: languages must be each of en, ko once, e.g. [en, ko]; keeping ["en","ko"]',
      expect.stringMatching(/^content\/settings\.yaml:2: warning: unknown setting "colour" \(known: languages, mode, autoLoop, /u),
    ]);
  });

  it('warns about a settings file that is not YAML, and runs the show on the default settings', () => {
    const loaded = loadContent({ statement: GOOD, settings: 'mode: stacked\nlanguages: [ko, en\n' });
    expect(loaded.ok && loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems.map((problem) => problem.severity)).not.toContain('error');
    expect(loaded.problems.map(formatProblem).at(-1)).toBe(
      'content/settings.yaml: warning: this file is ignored until it is fixed: every setting in it keeps its value from before',
    );
  });

  it('takes the language order from the settings', () => {
    const loaded = loadContent({ statement: GOOD, settings: 'languages: [ko, en]\n' });
    expect(loaded.ok && loaded.deck.languages).toEqual(['ko', 'en']);
  });

  it('warns when the slides no longer add up to the source text', () => {
    const loaded = loadContent({ statement: GOOD, source: 'First: a sentence!\n\n첫 문장.\n\nFree Free Palestine!' });
    expect(loaded.ok).toBe(true);
    expect(loaded.problems.map(formatProblem)).toEqual([
      'content/statement.yaml: warning: the slides differ from the source text at its line 1: the slides have "." where the source has "!"',
    ]);
  });

  it('accepts slides that add up to the source text', () => {
    const loaded = loadContent({ statement: GOOD, source: 'First: a sentence.\n\n첫 문장.\n\nFree Free Palestine!\n' });
    expect(loaded.problems).toEqual([]);
  });
});

describe('settings', () => {
  const settingsOf = (text: string) => {
    const loaded = loadContent({ statement: GOOD, settings: text });
    return { settings: loaded.ok ? loaded.settings : undefined, errors: loaded.problems.map(formatProblem) };
  };

  it('reads every show setting from the file', () => {
    const { settings, errors } = settingsOf(
      'mode: stacked\nautoLoop: true\nreadingLeadInSeconds: 2\nreadingCharactersPerSecond: { en: 15, ko: 10 }\nslideMinSeconds: 3\nslideMaxSeconds: 30\nidleResumeSeconds: 20\nprogressLine: false\n',
    );
    expect(errors).toEqual([]);
    expect(settings).toMatchObject({
      mode: 'stacked',
      autoLoop: true,
      readingLeadInSeconds: 2,
      readingCharactersPerSecond: { en: 15, ko: 10 },
      slideMinSeconds: 3,
      slideMaxSeconds: 30,
      idleResumeSeconds: 20,
      progressLine: false,
    });
  });

  it.each([
    ['mode: sideways', 'mode must be one of sequence, in-place, stacked, single; keeping "sequence"'],
    ['autoLoop: sometimes', 'autoLoop must be true or false; keeping false'],
    ['idleResumeSeconds: -5', 'idleResumeSeconds must be a number of seconds from 1 to 3600; keeping 30'],
    ['readingCharactersPerSecond: { en: 13 }', 'readingCharactersPerSecond must be a rate for each of en, ko'],
    ['slideMinSeconds: 40', 'slideMinSeconds is more than slideMaxSeconds; keeping both as they were'],
  ])('keeps the default and names the line for %j', (text, message) => {
    const { settings, errors } = settingsOf(text);
    expect(errors.join('\n')).toContain(`content/settings.yaml:1: warning: ${message}`);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });
});
