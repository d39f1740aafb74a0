// Every security decision the desktop shell makes, as pure functions of strings, so
// each one is unit-tested under plain Node (no Electron binary runs in CI). main.ts
// only wires these into Electron's hooks; it decides nothing on its own.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'drillbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Parses `url` and returns it only when it is exactly our origin: app://drillbook with
 * no port and no user info (`app://drillbook@evil/` and `app://x@drillbook/` are both
 * refused, so a look-alike can never pass a prefix test).
 */
function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // not a URL at all: callers treat that as "not ours"
  }
  const ours =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '';
  return ours ? parsed : null;
}

export function isAppUrl(url: string): boolean {
  return parseAppUrl(url) !== null;
}

// Windows opens a device, not a file, for these names (with any extension), and
// quietly drops trailing dots and spaces: either would make a path mean something
// other than what the guard checked.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;

function isSafeSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  if (/[\\/:\0*?"<>|]/.test(segment)) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[\u0000-\u001f\u007f]/.test(segment)) return false;
  if (/[. ]$/.test(segment)) return false;
  if (WINDOWS_DEVICE.test(segment)) return false;
  return true;
}

/**
 * Maps a request for app://drillbook/<path> to a file inside `rootDir` (the built
 * renderer), or null when the request must not be served: another scheme or host,
 * any `.`/`..` segment (literal or percent-encoded), an encoded slash or backslash,
 * a backslash, a drive letter or colon, an empty segment (`//etc`), a null byte,
 * or malformed percent-encoding. '/' serves index.html, and so does any path whose
 * last segment has no extension (client-side routes). The raw path is checked
 * segment by segment *before* decoding can hide anything, and the result is checked
 * once more to lie strictly inside rootDir.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (parseAppUrl(requestUrl) === null) return null;
  // The raw path as written: the URL parser would already have folded `..` away,
  // and a request that tries traversal is refused, not silently rewritten.
  const match = /^[a-z]+:\/\/[^/?#]*(\/[^?#]*)?/i.exec(requestUrl);
  if (!match) return null;
  const rawPath = match[1] ?? '/';
  if (rawPath === '/' || rawPath === '') return path.join(path.resolve(rootDir), 'index.html');

  const rawSegments = rawPath.slice(1).split('/');
  // One trailing slash (`/library/`) is a client-side route, not an empty segment.
  if (rawSegments.length > 1 && rawSegments[rawSegments.length - 1] === '') rawSegments.pop();
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null; // malformed escape such as %E0%A4%A: refuse rather than guess
    }
    if (!isSafeSegment(decoded)) return null;
    segments.push(decoded);
  }

  const root = path.resolve(rootDir);
  const last = segments[segments.length - 1] ?? '';
  if (path.extname(last) === '') return path.join(root, 'index.html');
  const resolved = path.resolve(root, ...segments);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/** Navigation (will-navigate, will-redirect) may only stay inside the app. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Air-gapped: no request may leave the machine. Allowed:
 * - app://drillbook/... — the app itself;
 * - devtools:// — the developer tools' own pages (devtools open only when unpacked);
 * - data: and blob:app://drillbook/... — bytes already in memory, which never touch
 *   the network; the CSP limits where the page may use them (images, fonts).
 * Everything else is refused: http(s), ws(s), ftp, file: (the renderer never reads
 * the disk directly: the host core does, over IPC), chrome:, other custom schemes,
 * other app:// hosts and blobs minted by any other origin.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'devtools:':
    case 'data:':
      return true;
    case 'blob:':
      return isAppUrl(url.slice('blob:'.length));
    default:
      return false;
  }
}

/**
 * IPC is answered only for the app's own page in the main window's main frame: not
 * for a subframe, not for a page from anywhere else (should one ever load despite
 * the navigation guards). The shell passes whether the frame is the main window's
 * main frame; this decides on top of that.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame || typeof frameUrl !== 'string') return false;
  return isAppUrl(frameUrl);
}

/**
 * Permissions the app may be granted. Empty: Drillbook needs no camera, microphone,
 * location, notifications, MIDI, HID, clipboard reading or anything else the web
 * platform gates behind a prompt. To allow one later, add its Electron permission
 * name here (e.g. 'clipboard-sanitized-write' for a "copy" button using the async
 * clipboard API) with a comment saying which feature needs it, and a test; it is
 * then granted to the app's own origin only.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>([]);

export function decidePermission(permission: string, requestingUrl: string | null | undefined): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission)) return false;
  return typeof requestingUrl === 'string' && isAppUrl(requestingUrl);
}

/**
 * The Content-Security-Policy of every app:// response. Only our own files: no
 * inline or eval'd script, no inline <style> (React sets style props through the
 * CSSOM, which CSP does not gate), nothing from any other origin. data:/blob: are
 * allowed for images (exercise pictures, charts exported as images) and data: for
 * fonts because Vite inlines small font files as data: URLs; neither can fetch.
 */
export function contentSecurityPolicy(): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    ['media-src', "'self'"],
    ['worker-src', "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Content type by extension; unknown files are opaque bytes (never sniffed as HTML). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every app:// response, error pages included. */
export function appResponseHeaders(filePath: string | null): Record<string, string> {
  return {
    'content-type': filePath === null ? 'text/plain; charset=utf-8' : mimeTypeFor(filePath),
    'content-security-policy': contentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
  };
}
