import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNetworkLog, NETWORK_LOG_WINDOW_MS } from '../../server/network-log';
import { recordingLogger } from '../support/recording-logger';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the network log', () => {
  it('writes the first line of a cause, counts the rest of the minute, and says the count in one line', () => {
    const log = recordingLogger();
    const network = createNetworkLog(log, Date.now);
    for (let index = 0; index < 313; index += 1) network.warn('flooding', '192.168.1.44', `dropping a page at 192.168.1.44: flood ${index}`);
    expect(log.lines).toEqual(['warn: dropping a page at 192.168.1.44: flood 0']);
    vi.advanceTimersByTime(NETWORK_LOG_WINDOW_MS + NETWORK_LOG_WINDOW_MS / 4);
    expect(log.lines).toEqual(['warn: dropping a page at 192.168.1.44: flood 0', 'warn: 312 more like this in the last minute (flooding), from 1 address: 192.168.1.44']);
    network.close();
  });

  it('keeps each cause apart, so one flood does not hide a wrong code', () => {
    const log = recordingLogger();
    const network = createNetworkLog(log, Date.now);
    for (let index = 0; index < 50; index += 1) network.warn('flooding', `10.0.0.${index}`, 'flood');
    network.warn('wrong-code', '10.0.0.9', 'refused a page at 10.0.0.9: wrong code');
    expect(log.lines).toEqual(['warn: flood', 'warn: refused a page at 10.0.0.9: wrong code']);
    network.close();
    expect(log.lines.at(-1)).toBe('warn: 49 more like this in the last minute (flooding), from 49 addresses: 10.0.0.1, 10.0.0.2, 10.0.0.3 and 46 more');
  });

  it('writes no more than a few KB in a minute, whatever a guest with a thousand addresses sends', () => {
    const log = recordingLogger();
    const network = createNetworkLog(log, Date.now);
    const causes = ['wrong-code', 'replaced-code', 'foreign-page', 'no-hello', 'too-many-waiting', 'too-many-clients', 'bad-message', 'flooding', 'not-reading', 'request-failed'] as const;
    for (let minute = 0; minute < 3; minute += 1) {
      for (let index = 0; index < 100_000; index += 1) {
        const address = `10.${index % 250}.${Math.floor(index / 250) % 250}.1`;
        network.warn(causes[index % causes.length] ?? 'flooding', address, `refused a page at ${address}: a reason of about this length`);
      }
      vi.advanceTimersByTime(NETWORK_LOG_WINDOW_MS);
    }
    network.close();
    const bytes = log.lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    expect(bytes / 3).toBeLessThan(4 * 1024);
  });
});
