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
 * send its own origin, so anything but this host's origin is refused (cross-site
 * WebSocket hijacking). Programs that send no Origin still need the token.
 */
export function isAllowedOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  return origin === `http://${hostHeader}`;
}

/**
 * DNS rebinding defence: a page on another site can point its own host name at
 * 127.0.0.1, but its requests still carry that name in Host. Only the addresses
 * the host listens on (and localhost) are served.
 */
export function isAllowedHost(hostHeader: string | undefined, listening: readonly string[]): boolean {
  if (!hostHeader) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname;
  } catch {
    return false; // not even a host name: refuse
  }
  return hostname === 'localhost' || listening.includes(hostname);
}
