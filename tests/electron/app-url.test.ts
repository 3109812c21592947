import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppEntryUrl, isAppOrigin } from '../../electron/app-url';

describe('app url', () => {
  it('is app://yeondae/index.html', () => {
    expect(APP_ENTRY_URL).toBe('app://yeondae/index.html');
  });

  it('counts any path on app://yeondae as the app origin, and nothing else', () => {
    expect(isAppOrigin('app://yeondae/assets/index.js')).toBe(true);
    for (const url of ['app://yeondae.example/', 'app://other/', 'app://yeondae:8080/', 'https://yeondae/', 'file:///index.html', 'nonsense']) {
      expect(isAppOrigin(url), url).toBe(false);
    }
  });

  it('counts only index.html, with any query or hash, as the app page', () => {
    expect(isAppEntryUrl('app://yeondae/index.html?lang=ko#top')).toBe(true);
    expect(isAppEntryUrl('app://yeondae/other.html')).toBe(false);
    expect(isAppEntryUrl('app://yeondae/')).toBe(false);
    expect(isAppEntryUrl('https://yeondae/index.html')).toBe(false);
  });
});
