import { describe, expect, it } from 'vitest';
import { webAddress } from '../../../common/deck/web-address';

describe('webAddress', () => {
  it('opens a web address as it is written', () => {
    expect(webAddress('https://example.org/solidarity')).toBe('https://example.org/solidarity');
    expect(webAddress(' http://example.org ')).toBe('http://example.org');
  });

  it('makes a bare domain into a secure web address', () => {
    expect(webAddress('example.net/mutual-aid')).toBe('https://example.net/mutual-aid');
    expect(webAddress('www.example.org')).toBe('https://www.example.org');
  });

  it('gives no address for a handle or for text that is no address', () => {
    expect(webAddress('@placeholder_collective')).toBeUndefined();
    expect(webAddress('Ask at the front desk')).toBeUndefined();
    expect(webAddress('javascript:alert(1)')).toBeUndefined();
    expect(webAddress('https://')).toBeUndefined();
  });
});
