import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useScratchFolders } from '../support/scratch-folders';
import { createRotatingLogFile, MAX_LINE_BYTES } from '../../node/log-file';
import { createHostLogger } from '../../node/logger';
import { recordingLogger } from '../support/recording-logger';

const scratch = useScratchFolders('yeondae-logs-');

describe('rotating log file', () => {
  it('makes its folder and appends one line per message', () => {
    const folder = join(scratch(), 'logs');
    const file = createRotatingLogFile({ folder });
    file.write('first');
    file.write('second');
    expect(readFileSync(join(folder, 'yeondae.log'), 'utf8')).toBe('first\nsecond\n');
  });

  it('continues a file left by the last run', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'yeondae.log'), 'yesterday\n');
    createRotatingLogFile({ folder }).write('today');
    expect(readFileSync(join(folder, 'yeondae.log'), 'utf8')).toBe('yesterday\ntoday\n');
  });

  it('rotates at the size limit and keeps three files, so weeks of logging stay bounded', () => {
    const folder = scratch();
    const file = createRotatingLogFile({ folder, maxBytes: 100, keep: 3 });
    for (let line = 0; line < 100; line += 1) file.write(`line ${String(line).padStart(3, '0')} ${'x'.repeat(30)}`);
    expect(readdirSync(folder).sort()).toEqual(['yeondae.1.log', 'yeondae.2.log', 'yeondae.log']);
    for (const name of readdirSync(folder)) expect(statSync(join(folder, name)).size, name).toBeLessThanOrEqual(100);
    expect(readFileSync(join(folder, 'yeondae.log'), 'utf8')).toContain('line 099');
    expect(readFileSync(join(folder, 'yeondae.1.log'), 'utf8')).toMatch(/line 09[67]/);
  });

  it('keeps to its size when two processes write the same file (npm run serve’s supervisor and its server)', () => {
    const folder = scratch();
    const supervisor = createRotatingLogFile({ folder, maxBytes: 100, keep: 3 });
    const server = createRotatingLogFile({ folder, maxBytes: 100, keep: 3 });
    for (let line = 0; line < 60; line += 1) (line % 2 === 0 ? supervisor : server).write(`line ${String(line).padStart(3, '0')} ${'x'.repeat(30)}`);
    for (const name of readdirSync(folder)) expect(statSync(join(folder, name)).size, name).toBeLessThanOrEqual(100);
    expect(readFileSync(join(folder, 'yeondae.log'), 'utf8')).toContain('line 059');
  });

  it('cuts a runaway line', () => {
    const folder = scratch();
    createRotatingLogFile({ folder }).write('y'.repeat(100_000));
    const text = readFileSync(join(folder, 'yeondae.log'), 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_LINE_BYTES);
    expect(text.endsWith(' [cut]\n')).toBe(true);
  });

  it('says once that it cannot write, and never throws', () => {
    const folder = scratch();
    // A file where the folder should be: nothing can be written under it.
    writeFileSync(join(folder, 'logs'), '');
    const failures: unknown[] = [];
    const file = createRotatingLogFile({ folder: join(folder, 'logs'), onFailure: (error) => failures.push(error) });
    expect(() => {
      file.write('one');
      file.write('two');
    }).not.toThrow();
    expect(failures).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the folder is read-only', () => {
    const folder = scratch();
    chmodSync(folder, 0o500);
    const failures: unknown[] = [];
    createRotatingLogFile({ folder, onFailure: (error) => failures.push(error) }).write('one');
    chmodSync(folder, 0o700);
    expect(failures).toHaveLength(1);
  });
});

describe('host logger', () => {
  it('writes every message to the terminal and, with the time and level, to the file', () => {
    const terminal = recordingLogger();
    const lines: string[] = [];
    const log = createHostLogger(terminal, { write: (line) => lines.push(line) }, () => new Date(Date.UTC(2026, 10, 25, 18, 30)));
    log.info('started');
    log.error('the audience page crashed');
    expect(terminal.lines).toEqual(['info: started', 'error: the audience page crashed']);
    expect(lines).toEqual(['2026-11-25T18:30:00.000Z info  started', '2026-11-25T18:30:00.000Z error the audience page crashed']);
  });
});
