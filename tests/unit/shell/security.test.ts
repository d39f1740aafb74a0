import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  appResponseHeaders,
  contentSecurityPolicy,
  decidePermission,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSender,
  mimeTypeFor,
  resolveAppPath,
} from '../../../electron/shell/security';

const root = path.resolve('/opt/drillbook/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppPath', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://drillbook/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://drillbook/assets/index-3f2a.js')).toBe(inRoot('assets', 'index-3f2a.js'));
    expect(resolveAppPath(root, 'app://drillbook/assets/noto-sans-vietnamese-400.woff2')).toBe(
      inRoot('assets', 'noto-sans-vietnamese-400.woff2'),
    );
  });

  it('maps the root and extensionless client-side routes to index.html', () => {
    for (const url of [
      'app://drillbook',
      'app://drillbook/',
      'app://drillbook/library',
      'app://drillbook/library/',
      'app://drillbook/exercises/5b1c/edit',
      'app://drillbook/?tab=1',
      'app://drillbook/library#section',
    ]) {
      expect(resolveAppPath(root, url), url).toBe(inRoot('index.html'));
    }
  });

  it('ignores the query string and fragment', () => {
    expect(resolveAppPath(root, 'app://drillbook/assets/a.css?v=../../x#../y')).toBe(inRoot('assets', 'a.css'));
  });

  it('decodes ordinary percent-escapes in names', () => {
    expect(resolveAppPath(root, 'app://drillbook/assets/t%E1%BA%ADp%20tin.png')).toBe(inRoot('assets', 'tập tin.png'));
  });

  it('refuses other schemes, hosts, ports and user info', () => {
    for (const url of [
      'https://drillbook/index.html',
      'file:///opt/drillbook/dist/renderer/index.html',
      'app://evil/index.html',
      'app://drillbook.evil.com/index.html',
      'app://drillbook:8080/index.html',
      'app://user@drillbook/index.html',
      'app://drillbook@evil/index.html',
      'app://user:pass@drillbook/index.html',
      'app:///index.html',
      'app:index.html',
      'not a url',
      '',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('refuses traversal of every shape', () => {
    for (const url of [
      'app://drillbook/../secret.txt',
      'app://drillbook/assets/../../secret.txt',
      'app://drillbook/./index.html',
      'app://drillbook/%2e%2e/secret.txt',
      'app://drillbook/%2E%2E/secret.txt',
      'app://drillbook/.%2e/secret.txt',
      'app://drillbook/%2e./secret.txt',
      'app://drillbook/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://drillbook/assets/..%2f..%2fsecret.txt',
      'app://drillbook/assets%2f..%2f..%2fsecret.txt',
      'app://drillbook/%2fetc%2fpasswd',
      'app://drillbook/..%5c..%5csecret.txt',
      'app://drillbook/assets/%5c..%5csecret.txt',
      'app://drillbook/%252e%252e/secret.txt'.replace('%252e%252e', '%2e%2e'),
      'app://drillbook/%c0%ae%c0%ae/secret.txt', // overlong UTF-8 dot: malformed, refused
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('refuses backslashes, absolute paths, drive letters and empty segments', () => {
    for (const url of [
      'app://drillbook/assets\\..\\..\\secret.txt',
      'app://drillbook//etc/passwd',
      'app://drillbook///etc/passwd',
      'app://drillbook/assets//a.js',
      'app://drillbook/C:/Windows/win.ini',
      'app://drillbook/C%3A/Windows/win.ini',
      'app://drillbook/%5C%5Cserver%5Cshare%5Cx.js',
      'app://drillbook/index.html:stream',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('refuses null bytes, control characters and malformed escapes', () => {
    for (const url of [
      'app://drillbook/index.html%00.png',
      'app://drillbook/%00',
      'app://drillbook/a%0a.js',
      'app://drillbook/a%1f.js',
      'app://drillbook/%E0%A4%A.js',
      'app://drillbook/%zz.js',
      'app://drillbook/%',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('refuses names Windows would read as devices or silently rename', () => {
    for (const url of [
      'app://drillbook/CON',
      'app://drillbook/assets/nul.js',
      'app://drillbook/com1.txt',
      'app://drillbook/LPT9.css',
      'app://drillbook/index.html.',
      'app://drillbook/index.html%20',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('accepts a relative root and still answers inside it', () => {
    expect(resolveAppPath('dist/renderer', 'app://drillbook/assets/a.js')).toBe(
      path.resolve('dist/renderer', 'assets', 'a.js'),
    );
  });

  it('never answers a path outside the root, whatever the request (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '\\', '', 'assets', 'a.js', '%00', 'C:', '..%2f'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const result = resolveAppPath(root, `app://drillbook/${segments.join('/')}`);
        return result === null || result.startsWith(root + path.sep);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app itself', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://drillbook/')).toBe(true);
    expect(isAllowedNavigation('app://drillbook/library?x=1#y')).toBe(true);
  });

  it('denies everything outside the app', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:7420/',
      'http://127.0.0.1/',
      'file:///etc/passwd',
      'app://evil/',
      'app://drillbook:1/',
      'app://x@drillbook/',
      'app://drillbook@evil.com/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:app://drillbook/1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'mailto:someone@example.com',
      'garbage',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

describe('isAllowedRequest', () => {
  it('allows the app, the developer tools and in-memory data', () => {
    for (const url of [
      'app://drillbook/index.html',
      'app://drillbook/assets/index.js',
      'devtools://devtools/bundled/devtools_app.html',
      'data:image/png;base64,iVBORw0KGgo=',
      'data:font/woff2;base64,d09GMgABAAAAA',
      'blob:app://drillbook/1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    ]) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
  });

  it('blocks everything that could leave the machine or read the disk', () => {
    for (const url of [
      'https://example.com/x.js',
      'http://localhost:5173/',
      'http://192.168.1.10:7420/api',
      'ws://localhost:7420/api',
      'wss://example.com/socket',
      'ftp://example.com/file',
      'file:///etc/passwd',
      'file://server/share/x',
      'chrome://gpu',
      'chrome-extension://abc/x.js',
      'app://evil/index.html',
      'app://drillbook:8080/index.html',
      'app://user@drillbook/index.html',
      'blob:https://example.com/1b4e28ba',
      'blob:null/1b4e28ba',
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'not a url',
      '',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only the app page in the main frame', () => {
    expect(isTrustedSender('app://drillbook/index.html', true)).toBe(true);
    expect(isTrustedSender('app://drillbook/library', true)).toBe(true);
  });

  it('refuses subframes, other pages and missing frames', () => {
    expect(isTrustedSender('app://drillbook/index.html', false)).toBe(false);
    expect(isTrustedSender('https://example.com/', true)).toBe(false);
    expect(isTrustedSender('file:///opt/drillbook/dist/renderer/index.html', true)).toBe(false);
    expect(isTrustedSender('app://evil/index.html', true)).toBe(false);
    expect(isTrustedSender('app://drillbook.evil/index.html', true)).toBe(false);
    expect(isTrustedSender('app://drillbook:444/index.html', true)).toBe(false);
    expect(isTrustedSender('about:blank', true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});

describe('decidePermission', () => {
  const permissions = [
    'media',
    'geolocation',
    'geolocation-approximate',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'local-fonts',
    'window-management',
    'storage-access',
    'persistent-storage',
    'mediaKeySystem',
    'unknown',
    'camera',
    'microphone',
  ];

  it('denies every permission, even to the app itself', () => {
    for (const permission of permissions) {
      expect(decidePermission(permission, APP_ENTRY_URL), permission).toBe(false);
      expect(decidePermission(permission, APP_ORIGIN), permission).toBe(false);
      expect(decidePermission(permission, 'https://example.com/'), permission).toBe(false);
      expect(decidePermission(permission, null), permission).toBe(false);
    }
  });

  it('denies any permission name at all (property)', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (permission, url) => decidePermission(permission, url) === false));
  });
});

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows only the app itself as a source', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('has no external origin, wildcard, inline or eval source', () => {
    expect(csp).not.toMatch(/https?:|wss?:|\*|file:/);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'wasm-unsafe-eval'");
  });

  it('forbids plugins, <base>, framing and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('is sent on every app:// response, error pages included', () => {
    expect(appResponseHeaders('/x/index.html')['content-security-policy']).toBe(csp);
    expect(appResponseHeaders(null)['content-security-policy']).toBe(csp);
    expect(appResponseHeaders('/x/a.js')['x-content-type-options']).toBe('nosniff');
    expect(appResponseHeaders(null)['content-type']).toBe('text/plain; charset=utf-8');
  });
});

describe('mimeTypeFor', () => {
  it('types what Vite emits', () => {
    expect(mimeTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/r/assets/index-abc.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/r/assets/noto.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/r/assets/logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/r/assets/LOGO.PNG')).toBe('image/png');
    expect(mimeTypeFor('/r/assets/index.js.map')).toBe('application/json; charset=utf-8');
  });

  it('gives unknown files an opaque type, never HTML', () => {
    expect(mimeTypeFor('/r/assets/file.xyz')).toBe('application/octet-stream');
    expect(mimeTypeFor('/r/README')).toBe('application/octet-stream');
  });
});
