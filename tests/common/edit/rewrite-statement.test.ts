import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { EditedSegment } from '../../../common/edit/edited-content';
import { rewriteStatement } from '../../../common/edit/rewrite-statement';
import { rewriteSettings } from '../../../common/edit/rewrite-settings';

const FILE = `# The organizers' header.
segments:
  # About the first one.
  - id: 1a
    en: >-
      We stand with Palestine.
    ko: >-
      우리는 팔레스타인과 연대합니다.

  # The second, with a note at its end.
  - id: 1b
    en: >-
      Free Palestine. # not a comment: a folded text keeps it
    ko: >-
      팔레스타인 해방.
`;

const read = (text: string): unknown => parseDocument(text).toJS();
const segment = (id: string, en: string | undefined, ko: string | undefined, extra: Partial<EditedSegment> = {}): EditedSegment => ({
  id,
  kind: 'statement',
  text: { ...(en === undefined ? {} : { en }), ...(ko === undefined ? {} : { ko }) },
  from: id,
  ...extra,
});
/** A segment added in the page: it comes from no segment of the file. */
const added = (id: string, en: string): EditedSegment => ({ id, kind: 'statement', text: { en } });
const AS_READ = [segment('1a', 'We stand with Palestine.', '우리는 팔레스타인과 연대합니다.'), segment('1b', 'Free Palestine. # not a comment: a folded text keeps it', '팔레스타인 해방.')];

describe('statement.yaml written through the yaml Document API', () => {
  it('is byte for byte the same when nothing changed', () => {
    expect(rewriteStatement(FILE, AS_READ)).toBe(FILE);
  });

  it('keeps every comment and blank line when a word changes, a segment is renamed, and the two swap places', () => {
    const edited = [{ ...segment('1b-new', 'Free Palestine!', '팔레스타인 해방.'), from: '1b' }, segment('1a', 'We stand with Palestine.', '우리는 팔레스타인과 연대합니다.')];
    const text = rewriteStatement(FILE, edited);
    expect(text.startsWith("# The organizers' header.\nsegments:\n")).toBe(true);
    // The comment above a segment travels with it.
    expect(text).toMatch(/# The second, with a note at its end\.\n {2}- id: 1b-new\n {4}en: >-\n {6}Free Palestine!\n/u);
    expect(text).toContain('# About the first one.\n  - id: 1a');
    expect(read(text)).toEqual({ segments: [{ id: '1b-new', en: 'Free Palestine!', ko: '팔레스타인 해방.' }, { id: '1a', en: 'We stand with Palestine.', ko: '우리는 팔레스타인과 연대합니다.' }] });
  });

  it('writes a new segment as the file’s own are, and every text exactly as typed: spaces, line breaks, quotes and marks', () => {
    const texts = ['  leading spaces', 'trailing space ', 'two\nlines', '“curly” — and ‘single’', '# looks like a comment', 'key: value', '- a dash', '@handle and `ticks`', 'tab\there'];
    const edited = [...AS_READ, ...texts.map((text, index) => added(`n${index}`, text))];
    const text = rewriteStatement(FILE, edited);
    expect(text).toContain('\n\n  - id: n3\n    en: >-\n      “curly” — and ‘single’\n');
    const segments = (read(text) as { segments: { en?: string }[] }).segments;
    expect(segments.slice(2).map((entry) => entry.en)).toEqual(texts);
  });

  it('drops a removed segment and a removed language, and sets a kind, a signatory and organizations', () => {
    const edited = [segment('1a', 'We stand with Palestine.', undefined), { id: 'orgs', kind: 'organizations', text: { en: 'Follow them' }, organizations: [{ name: 'A group', link: 'https://example.org/a' }] } satisfies EditedSegment];
    expect(read(rewriteStatement(FILE, edited))).toEqual({
      segments: [
        { id: '1a', en: 'We stand with Palestine.' },
        { id: 'orgs', kind: 'organizations', en: 'Follow them', organizations: [{ name: 'A group', link: 'https://example.org/a' }] },
      ],
    });
  });
});

describe('settings.yaml written through the yaml Document API', () => {
  const SETTINGS = `# How the show runs.\n\n# The order.\nlanguages: [en, ko]\n\n# The mode.\nmode: sequence # the default\nreadingCharactersPerSecond: { en: 13, ko: 9 }\n`;

  it('changes only what changed, keeping each comment, and adds a new setting at the end', () => {
    const text = rewriteSettings(SETTINGS, { mode: 'stacked', readingCharactersPerSecond: { en: 12, ko: 9 }, theme: 'custom', backgroundColor: '#102030' });
    expect(text).toContain('# The mode.\nmode: stacked # the default\n');
    expect(text).toContain('# How the show runs.\n\n# The order.\n');
    expect(read(text)).toEqual({ languages: ['en', 'ko'], mode: 'stacked', readingCharactersPerSecond: { en: 12, ko: 9 }, theme: 'custom', backgroundColor: '#102030' });
    expect(rewriteSettings(undefined, { mode: 'single' })).toBe('mode: single\n');
  });
});
