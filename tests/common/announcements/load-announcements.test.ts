import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../common/content/problem';
import { loadAnnouncements } from '../../../common/announcements/load-announcements';
import { projectPath } from '../../support/project-content';

const FILE = 'content/announcements.yaml';
const load = (text: string) => loadAnnouncements(text, FILE);
/** Every problem as `npm run deck` prints it. */
const printed = (text: string): string[] => load(text).problems.map(formatProblem);

describe('loadAnnouncements', () => {
  it('reads the shipped file as no announcement at all, with no problem', () => {
    const shipped = load(readFileSync(projectPath('content/announcements.yaml'), 'utf8'));
    expect(shipped).toEqual({ ok: true, announcements: [], problems: [] });
  });

  it('reads an announcement in both languages exactly as written, spaces and quotes and all', () => {
    const loaded = load('announcements:\n  - id: move-back\n    en: "Please move back  from the stage "\n    ko: "무대에서 물러나 주세요 “지금”"\n');
    expect(loaded).toEqual({ ok: true, problems: [], announcements: [{ id: 'move-back', text: { en: 'Please move back  from the stage ', ko: '무대에서 물러나 주세요 “지금”' } }] });
  });

  it('reads a countdown for a duration and one to a time of day', () => {
    const loaded = load(
      [
        'announcements:',
        '  - id: begin',
        '    en: "We begin in {countdown}"',
        '    ko: "{countdown} 후에 시작합니다"',
        '    countdown: { for: "1:30:05" }',
        '  - id: break',
        '    en: "Back at 15:30 ({countdown})"',
        '    ko: "15:30에 다시 ({countdown})"',
        '    countdown: { until: "15:30" }',
      ].join('\n'),
    );
    expect(loaded.ok && loaded.announcements.map((announcement) => announcement.countdown)).toEqual([{ forSeconds: 5405 }, { until: { hour: 15, minute: 30 } }]);
  });

  it('refuses the whole file for one broken announcement, naming its line', () => {
    const text = 'announcements:\n  - id: fine\n    en: Fine\n    ko: 좋아요\n  - id: broken\n    en: [not, text]\n    ko: 좋아요\n';
    expect(load(text).ok).toBe(false);
    expect(printed(text)).toEqual(['content/announcements.yaml:6: error: announcement "broken": the en text must be text, not a list']);
  });

  it('names the line of a YAML syntax error', () => {
    expect(printed('announcements:\n  - id: a\n    en: Fine\n   ko: 잘못된 들여쓰기\n')[0]).toMatch(/^content\/announcements\.yaml:4: error: /u);
  });

  it('refuses a countdown whose text has no place for the clock, and a clock mark with no countdown', () => {
    const noMark = 'announcements:\n  - id: a\n    en: "Back soon"\n    ko: "{countdown} 후"\n    countdown: { for: "10:00" }\n';
    expect(printed(noMark)).toEqual(['content/announcements.yaml:3: error: announcement "a": the en text has no {countdown}: write it where the running clock goes, or the clock would not show']);
    const noCountdown = 'announcements:\n  - id: a\n    en: "Back in {countdown}"\n    ko: "곧"\n';
    expect(printed(noCountdown)[0]).toMatch(/:3: error: announcement "a": the en text has \{countdown\} but the announcement has no `countdown:`/u);
  });

  it.each([
    ['for: "61:00:00"', /`for:` is a duration in quotes/u],
    ['for: "10:75"', /`for:` is a duration in quotes/u],
    ['for: 600', /`for:` is a duration in quotes.*it has 600/u],
    ['until: "25:00"', /`until:` is a time of day in quotes, 24-hour/u],
    ['until: "3pm"', /`until:` is a time of day/u],
    ['at: "15:30"', /`countdown:` takes one of/u],
  ])('refuses the countdown %s with the reason', (countdown, reason) => {
    const text = `announcements:\n  - id: a\n    en: "In {countdown}"\n    ko: "{countdown} 후"\n    countdown: { ${countdown} }\n`;
    expect(load(text).ok).toBe(false);
    expect(printed(text).join('\n')).toMatch(reason);
  });

  it('refuses ids that are missing, repeated or not a short name', () => {
    const text = 'announcements:\n  - en: A\n    ko: 가\n  - id: same\n    en: A\n  - id: same\n    en: B\n  - id: "two words"\n    en: C\n';
    expect(printed(text)).toEqual(
      expect.arrayContaining([
        'content/announcements.yaml:2: error: announcement 1 needs an `id:` of letters, digits, - and _ (up to 40), such as `break`; it has none',
        'content/announcements.yaml:6: error: id "same" is used by an earlier announcement; ids must be unique',
        'content/announcements.yaml:8: error: announcement 4 needs an `id:` of letters, digits, - and _ (up to 40), such as `break`; it has "two words"',
      ]),
    );
    expect(load(text).ok).toBe(false);
  });

  it('refuses text a screen cannot show or a room cannot read', () => {
    const long = 'word '.repeat(600).trim();
    const text = `announcements:\n  - id: a\n    en: "${long}"\n    ko: "\\u200B"\n  - id: b\n    en: "x"\n    typo: 1\n`;
    const problems = printed(text);
    expect(problems).toContainEqual(expect.stringMatching(/:3: error: announcement "a": the en text is too long to be read from across the room: on a \d+x\d+ screen/u));
    expect(problems).toContainEqual(expect.stringMatching(/:4: error: announcement "a": the ko text shows nothing/u));
    expect(problems).toContainEqual(expect.stringMatching(/:7: error: announcement "b": unknown key "typo"/u));
  });

  it('counts the running clock in the legibility check', () => {
    // Just short enough without a clock: the clock (at its widest, 23:59:59) tips it over on the smallest screen.
    const words = (count: number) => 'word '.repeat(count).trim();
    const fits = (count: number, withClock: boolean) =>
      load(`announcements:\n  - id: a\n    en: "${words(count)}${withClock ? ' {countdown}' : ''}"\n${withClock ? '    countdown: { for: "10:00" }\n' : ''}`).ok;
    let longest = 1;
    while (fits(longest + 1, false)) longest += 1;
    expect(fits(longest, true)).toBe(false);
  });

  it('refuses a file that is not a list of announcements, but takes an empty one', () => {
    expect(load('').ok).toBe(true);
    expect(load('announcements:\n').ok).toBe(true);
    expect(printed('announcements: hello\n')).toEqual(['content/announcements.yaml:1: error: `announcements:` must be a list (each item starting with "- id:"), not "hello"']);
    expect(printed('- id: a\n')[0]).toMatch(/^content\/announcements\.yaml:1: error: the file must be a mapping with an `announcements:` list/u);
    expect(printed('announcement: []\n')[0]).toMatch(/:1: error: unknown key "announcement"/u);
  });
});
