import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNetworkTokens, NETWORK_TOKENS_FILE } from '../../server/network-tokens';
import { recordingLogger } from '../support/recording-logger';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-files-');
const mode = (path: string): number => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the codes file', () => {
  it('is readable by this account only, in a folder of its own, when made anew', () => {
    const dataFolder = join(scratch(), 'Yeondae');
    loadNetworkTokens(join(dataFolder, NETWORK_TOKENS_FILE), recordingLogger());
    expect(mode(join(dataFolder, NETWORK_TOKENS_FILE))).toBe(0o600);
    expect(mode(dataFolder)).toBe(0o700);
  });

  it('is made the user’s own when an older version left it readable by everyone, and keeps its codes', () => {
    const dataFolder = join(scratch(), 'Yeondae');
    mkdirSync(dataFolder, { mode: 0o755 });
    chmodSync(dataFolder, 0o755);
    const file = join(dataFolder, NETWORK_TOKENS_FILE);
    const codes = { display: 'd'.repeat(32), control: 'c'.repeat(32) };
    writeFileSync(file, JSON.stringify(codes), { mode: 0o644 });
    chmodSync(file, 0o644);
    const tokens = loadNetworkTokens(file, recordingLogger());
    expect(tokens.token('display')).toBe(codes.display);
    expect(mode(file)).toBe(0o600);
    expect(mode(dataFolder)).toBe(0o700);
    tokens.replace('control');
    expect(mode(file)).toBe(0o600);
  });
});
