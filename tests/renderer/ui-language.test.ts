import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from '../../renderer/ui-language';

describe('pickUiLanguage', () => {
  it('speaks Korean on a Korean system and English on any other', () => {
    expect(pickUiLanguage(['ko-KR', 'en-US'])).toBe('ko');
    expect(pickUiLanguage(['en-GB', 'ko'])).toBe('en');
    expect(pickUiLanguage(['fr-FR', 'ko-KR'])).toBe('ko');
    expect(pickUiLanguage(['fr-FR', 'de'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });

  it('lets the setting win over the system language', () => {
    expect(pickUiLanguage(['en-US'], 'ko')).toBe('ko');
    expect(pickUiLanguage(['ko-KR'], 'en')).toBe('en');
    expect(pickUiLanguage(['ko-KR'], 'system')).toBe('ko');
  });

  it('does not take a language that only starts with the same letters for Korean or English', () => {
    expect(pickUiLanguage(['kok-IN', 'ko'])).toBe('ko');
    expect(pickUiLanguage(['enx', 'en'])).toBe('en');
  });
});
