import { describe, expect, it } from 'vitest';
import {
  browserContentSecurityPolicy,
  isAllowedHost,
  isAllowedOrigin,
  tokensEqual,
} from '../../../electron/host/httpSecurity';

describe('browser transport checks', () => {
  it('serves only the names it listens on (DNS rebinding)', () => {
    const listening = ['127.0.0.1', '192.168.1.20'];
    expect(isAllowedHost('127.0.0.1:7420', listening)).toBe(true);
    expect(isAllowedHost('192.168.1.20:7420', listening)).toBe(true);
    expect(isAllowedHost('localhost:7420', listening)).toBe(true);
    expect(isAllowedHost('evil.example:7420', listening)).toBe(false);
    expect(isAllowedHost('127.0.0.2:7420', listening)).toBe(false);
    expect(isAllowedHost(undefined, listening)).toBe(false);
    expect(isAllowedHost('bad host/x', listening)).toBe(false);
  });

  it.each([
    'localhost.attacker.example',
    'localhost.attacker.example:7420',
    '127.0.0.1.attacker.example:7420',
    'attacker-localhost:7420',
    'localhost.:7420', // a fully-qualified name a resolver may send elsewhere
    'attacker.example@127.0.0.1:7420',
    '127.0.0.1:7420@attacker.example',
    '127.0.0.1:7420/attacker',
    '127.0.0.1:7420#x',
    '127.0.0.1:7420 ',
    '',
  ])('refuses the look-alike Host %j', (host) => {
    expect(isAllowedHost(host, ['127.0.0.1', '192.168.1.20'])).toBe(false);
  });

  it('reads Host case-insensitively and with or without a port', () => {
    expect(isAllowedHost('LOCALHOST:7420', ['127.0.0.1'])).toBe(true);
    expect(isAllowedHost('localhost', ['127.0.0.1'])).toBe(true);
    expect(isAllowedHost('127.0.0.1', ['127.0.0.1'])).toBe(true);
  });

  it('takes a WebSocket only from this host’s own pages (or a program without Origin)', () => {
    expect(isAllowedOrigin('http://127.0.0.1:7420', '127.0.0.1:7420')).toBe(true);
    expect(isAllowedOrigin(undefined, '127.0.0.1:7420')).toBe(true);
    expect(isAllowedOrigin('http://evil.example', '127.0.0.1:7420')).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:9999', '127.0.0.1:7420')).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:7420', undefined)).toBe(false);
  });

  it.each([
    ['null', '127.0.0.1:7420'], // a sandboxed frame or a file:// page
    ['https://127.0.0.1:7420', '127.0.0.1:7420'], // the same host over https is not this page
    ['https://localhost:7420', 'localhost:7420'],
    ['http://localhost.attacker.example:7420', 'localhost:7420'],
    ['http://127.0.0.1:7420.attacker.example', '127.0.0.1:7420'],
    ['http://127.0.0.1', '127.0.0.1:7420'],
    ['http://127.0.0.1:7420/', '127.0.0.1:7420'],
    ['', '127.0.0.1:7420'],
  ])('refuses Origin %j for Host %j', (origin, host) => {
    expect(isAllowedOrigin(origin, host)).toBe(false);
  });

  it('compares tokens whole', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('ab', 'abc')).toBe(false);
    expect(tokensEqual('abd', 'abc')).toBe(false);
    expect(tokensEqual(null, 'abc')).toBe(false);
  });

  it('allows nothing outside the app itself', () => {
    const csp = browserContentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });
});
