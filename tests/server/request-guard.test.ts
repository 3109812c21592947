import { describe, expect, it } from 'vitest';
import { isAllowedHost } from '../../server/request-guard';

describe('the Host check', () => {
  it.each(['192.168.1.20:8765', '127.0.0.1', '[::1]:8765', 'localhost:8765', 'laptop:8765', 'LAPTOP.local:8765', 'laptop.local'])('takes %s', (host) => {
    expect(isAllowedHost(host, 'Laptop')).toBe(true);
  });

  it.each(['laptop.attacker.example', 'laptop.attacker.example:8765', 'laptop.local.attacker.example', 'evil.example', 'laptopx', 'sub.laptop', '', 'local'])('refuses %s', (host) => {
    expect(isAllowedHost(host, 'laptop')).toBe(false);
  });

  it('refuses a missing Host, and every name when this computer has none', () => {
    expect(isAllowedHost(undefined, 'laptop')).toBe(false);
    expect(isAllowedHost('laptop', '')).toBe(false);
  });
});
