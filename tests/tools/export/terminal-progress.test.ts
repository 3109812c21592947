import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../../tools/export/terminal-progress';

/** A stand-in for standard error: what was written, and whether it is a terminal. */
function stream(isTTY: boolean): { written: string[]; stream: NodeJS.WriteStream } {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream };
}

describe('the export’s progress on the terminal', () => {
  it('rewrites one line in place on a terminal, at most every 200 ms, and always the last', () => {
    const out = stream(true);
    let now = 0;
    const progress = terminalProgress(out.stream, () => now);
    for (let done = 1; done <= 100; done += 1) {
      now += 10;
      progress.update(done, 100);
    }
    progress.end();
    expect(out.written.every((text) => text.startsWith('\rexport: frame ') || text === '\n')).toBe(true);
    expect(out.written.length).toBeLessThan(10);
    expect(out.written.at(-2)).toBe('\rexport: frame 100 of 100, finishing the file\u001b[K');
    expect(out.written.at(-1)).toBe('\n');
  });

  it('writes a line each tenth of the way to a log, which is no terminal', () => {
    const out = stream(false);
    let now = 0;
    const progress = terminalProgress(out.stream, () => now);
    for (let done = 1; done <= 200; done += 1) {
      now += 100;
      progress.update(done, 200);
    }
    progress.end();
    expect(out.written).toHaveLength(11);
    expect(out.written[5]).toBe('export: frame 100 of 200, about 10 s left\n');
  });
});
