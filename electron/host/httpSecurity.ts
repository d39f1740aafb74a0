// Pure checks for the browser transport: who may open the API socket, and the headers
// every page is served with.
import { timingSafeEqual } from 'node:crypto';

/** Same rules as the desktop window: nothing but the app itself, no outside host. */
export function browserContentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': browserContentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function tokensEqual(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A browser always sends Origin on a WebSocket handshake; another site's page would
 * send its own origin, so anything but this host's own origin, byte for byte, is
 * refused (cross-site WebSocket hijacking): "null" (a sandboxed frame or a file://
 * page), the same host over https (this host serves only http, so that page is not
 * ours), another port. Programs that send no Origin still need the token.
 */
export function isAllowedOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  return origin === `http://${hostHeader}`;
}

// What a browser puts in Host: a name or IPv4 address, or a bracketed IPv6 address,
// then an optional port. Nothing else (no user, path or spaces) is a Host we serve.
const HOST_HEADER = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::\d{1,5})?$/i;

/**
 * DNS rebinding defence: a page on another site can point its own host name at
 * 127.0.0.1, but its requests still carry that name in Host. Only the addresses
 * the host listens on (and the name localhost itself) are served: a name that
 * merely starts with one, such as localhost.attacker.example, is another site.
 */
export function isAllowedHost(hostHeader: string | undefined, listening: readonly string[]): boolean {
  const match = hostHeader ? HOST_HEADER.exec(hostHeader) : null;
  if (!match) return false;
  const hostname = (match[1] ?? match[2]!).toLowerCase();
  return hostname === 'localhost' || listening.includes(hostname);
}
