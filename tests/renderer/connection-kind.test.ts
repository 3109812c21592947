import { describe, expect, it } from 'vitest';
import { connectionKind } from '../../renderer/connection/connection-kind';

describe('where a page finds its show', () => {
  it('inside the app, takes main’s show, and with no preload API says so instead of running a show of its own', () => {
    expect(connectionKind({ hasHostApi: true, protocol: 'app:', servedByShowServer: false })).toBe('electron');
    expect(connectionKind({ hasHostApi: false, protocol: 'app:', servedByShowServer: false })).toBe('missing-preload');
    expect(connectionKind({ hasHostApi: false, protocol: 'app:', servedByShowServer: true })).toBe('missing-preload');
  });

  it('in a browser, follows the show server that served the page, or else shares the show between tabs', () => {
    expect(connectionKind({ hasHostApi: false, protocol: 'http:', servedByShowServer: true })).toBe('server');
    expect(connectionKind({ hasHostApi: false, protocol: 'http:', servedByShowServer: false })).toBe('tab');
    expect(connectionKind({ hasHostApi: false, protocol: 'file:', servedByShowServer: false })).toBe('tab');
  });
});
