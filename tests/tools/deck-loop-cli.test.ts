import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { languagesOf } from '../../common/deck/deck';
import { readingTimeMs } from '../../common/show/reading-time';
import { durationText } from '../../tools/duration-text';
import { loadProjectContent, projectPath } from '../support/project-content';

const runDeck = (...args: string[]) => spawnSync(projectPath('node_modules/.bin/tsx'), [projectPath('tools/deck.ts'), ...args], { cwd: projectPath(''), encoding: 'utf8' });

interface DeckLoop {
  readonly mode: string;
  readonly languages: readonly string[];
  readonly durationMs: number;
  readonly frames: readonly { readonly slideId: string; readonly langs: readonly string[]; readonly durationMs: number }[];
}

/**
 * The statement's round, worked out here from the reading-time rule alone: in sequence
 * mode (the content's setting) every slide in each of its languages, in order.
 */
function statementRound(): { slideId: string; langs: string[]; durationMs: number }[] {
  const { deck, settings } = loadProjectContent();
  return deck.slides.flatMap((slide) =>
    languagesOf(slide, settings.languages).map((lang) => ({ slideId: slide.id, langs: [lang], durationMs: readingTimeMs(slide.text[lang] ?? '', lang, settings) })),
  );
}

// Each test starts the tool in a new process, which takes seconds on a busy machine.
describe('the loop in npm run deck', { timeout: 30_000 }, () => {
  it('gives, in the JSON, every frame of the statement’s round in order, with its slide, languages and reading time', () => {
    const result = runDeck('--json');
    expect(result.status).toBe(0);
    const { loop } = JSON.parse(result.stdout) as { loop: DeckLoop };
    expect(loop.mode).toBe('sequence');
    expect(loop.languages).toEqual(['en', 'ko']);
    expect(loop.frames).toEqual(statementRound());
    expect(loop.frames[0]).toMatchObject({ slideId: '1a', langs: ['en'] });
    expect(loop.frames.at(-1)).toMatchObject({ slideId: 'closing', langs: ['ko'] });
  });

  it('gives the length of the statement’s round, the sum of its frames’ reading times', () => {
    const { loop } = JSON.parse(runDeck('--json').stdout) as { loop: DeckLoop };
    const round = statementRound().reduce((total, frame) => total + frame.durationMs, 0);
    expect(loop.durationMs).toBe(round);
    // Some minutes: the statement is read in both languages, across a room.
    expect(round).toBeGreaterThan(5 * 60_000);
    expect(round).toBeLessThan(12 * 60_000);
  });

  it('prints under the table how long one round of the loop lasts', () => {
    const result = runDeck();
    expect(result.status).toBe(0);
    const round = statementRound().reduce((total, frame) => total + frame.durationMs, 0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`one round: ${durationText(round)} (${statementRound().length} frames, sequence mode, en then ko)`);
  });
});
