import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createNetworkLog, NETWORK_LOG_WINDOW_MS } from '../../server/network-log';
import { loadNetworkTokens } from '../../server/network-tokens';
import { recordingLogger } from '../support/recording-logger';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-read-along-codes-');

describe('the follow code', () => {
  it('is added to a codes file from before the read-along, which keeps its screens’ and remote’s codes', () => {
    const file = join(scratch(), 'network-tokens.json');
    const codes = { display: 'd'.repeat(32), control: 'c'.repeat(32) };
    writeFileSync(file, JSON.stringify(codes));
    const log = recordingLogger();
    const tokens = loadNetworkTokens(file, log);
    expect(tokens.token('display')).toBe(codes.display);
    expect(tokens.token('control')).toBe(codes.control);
    expect(tokens.token('follow')).toMatch(/^[A-Za-z0-9_-]{32}$/u);
    expect(log.lines).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...codes, follow: tokens.token('follow') });
    expect(tokens.check(tokens.token('follow'))).toEqual({ ok: true, capability: 'follow' });
  });

  it('is replaced alone: the other codes stay', () => {
    const tokens = loadNetworkTokens(join(scratch(), 'network-tokens.json'), recordingLogger());
    const [display, control, follow] = [tokens.token('display'), tokens.token('control'), tokens.token('follow')];
    tokens.replace('follow');
    expect([tokens.token('display'), tokens.token('control')]).toEqual([display, control]);
    expect(tokens.check(follow)).toEqual({ ok: false, reason: 'token-replaced' });
  });
});

describe('the network log, for pages it must not name', () => {
  it('counts them with the rest, and names none', () => {
    vi.useFakeTimers();
    try {
      const log = recordingLogger();
      const network = createNetworkLog(log, Date.now);
      network.warn('no-hello', undefined, 'dropping a read-along page: it did not say who it is within 2 s');
      for (let index = 0; index < 5; index += 1) network.warn('no-hello', undefined, 'dropping a read-along page: it did not say who it is within 2 s');
      vi.advanceTimersByTime(NETWORK_LOG_WINDOW_MS + NETWORK_LOG_WINDOW_MS / 4);
      network.warn('flooding', undefined, 'a');
      network.warn('flooding', '192.168.1.44', 'b');
      network.warn('flooding', undefined, 'c');
      network.close();
      expect(log.lines).toEqual([
        'warn: dropping a read-along page: it did not say who it is within 2 s',
        'warn: 5 more like this in the last minute (no-hello), from pages not named by address',
        'warn: a',
        'warn: 2 more like this in the last minute (flooding), from 1 address: 192.168.1.44, and from pages not named by address',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
