// Static checks on the Electron entry points, which cannot run on a machine without
// the Electron binary: removing a hardening flag, a guard or a handler fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
// Comments could mention a flag without setting it: check code only.
const code = (file: string) =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

function filesUnder(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(f))
    .map((f) => path.join(dir, f));
}

const IMPORTS_ELECTRON = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]electron(?:\/[^'"]*)?['"]/;

describe('electron/main.ts hardening', () => {
  const main = code('electron/main.ts');

  it.each([
    ['contextIsolation: true'],
    ['sandbox: true'],
    ['nodeIntegration: false'],
    ['nodeIntegrationInWorker: false'],
    ['nodeIntegrationInSubFrames: false'],
    ['webSecurity: true'],
    ['allowRunningInsecureContent: false'],
    ['webviewTag: false'],
    ['spellcheck: false'],
    ['devTools: !app.isPackaged'],
    ['app.enableSandbox()'],
    ['app.requestSingleInstanceLock()'],
    ["'second-instance'"],
    ['setWindowOpenHandler('],
    ["action: 'deny'"],
    ["'will-navigate'"],
    ["'will-redirect'"],
    ["'will-attach-webview'"],
    ['isAllowedNavigation('],
    ['setPermissionRequestHandler('],
    ['setPermissionCheckHandler('],
    ['setDevicePermissionHandler(() => false)'],
    ['decidePermission('],
    ['setSpellCheckerEnabled(false)'],
    ['setSpellCheckerLanguages([])'],
    ['webRequest.onBeforeRequest('],
    ['isAllowedRequest('],
    ['registerSchemesAsPrivileged('],
    ['protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request, logger))'],
    ["app.getPath('userData')"],
    ['app.getVersion()'],
    ['dialog.showErrorBox('],
    ['core?.close()'],
    ['loadURL(APP_ENTRY_URL)'],
  ])('contains %s', (needle) => {
    expect(main).toContain(needle);
  });

  it('registers the app scheme as standard, secure and fetchable', () => {
    expect(main).toMatch(/privileges:\s*{\s*standard: true,\s*secure: true,\s*supportFetchAPI: true\s*}/);
    expect(main).not.toMatch(/bypassCSP:\s*true/);
    expect(main).not.toMatch(/corsEnabled:\s*true/);
  });

  it('never turns a protection off', () => {
    expect(main).not.toMatch(/contextIsolation:\s*false/);
    expect(main).not.toMatch(/sandbox:\s*false/);
    expect(main).not.toMatch(/nodeIntegration:\s*true/);
    expect(main).not.toMatch(/webSecurity:\s*false/);
    expect(main).not.toMatch(/allowRunningInsecureContent:\s*true/);
    expect(main).not.toContain('shell.openExternal');
    expect(main).not.toContain("action: 'allow'");
  });

  it('loads the preload and the page from the planned build layout', () => {
    expect(main).toContain("'dist', 'electron', 'preload.cjs'");
    expect(main).toContain("'dist', 'renderer'");
    expect(main).toContain("resourcesDir: path.join(app.getAppPath(), 'resources')");
    expect(read('electron/shell/security.ts')).toContain('APP_ENTRY_URL = `${APP_ORIGIN}/index.html`');
  });
});

describe('electron/preload.ts', () => {
  const preload = code('electron/preload.ts');

  it('exposes one object, checks names against the contract, and leaks no ipcRenderer', () => {
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain("exposeInMainWorld('drillbook', bridge)");
    expect(preload).toContain('isMethodName(name)');
    expect(preload).toContain('isEventName(name)');
    expect(preload).toContain('ipcRenderer.invoke(CALL_CHANNEL, name, input)');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|postMessage)\(/);
  });

  it('imports only electron and bundled project code (sandboxed preload)', () => {
    const specifiers = [...read('electron/preload.ts').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');
    for (const specifier of specifiers)
      expect(specifier === 'electron' || specifier.startsWith('.'), specifier).toBe(true);
    expect(preload).not.toMatch(/from\s+'node:/);
  });
});

describe('electron stays in the shell', () => {
  const shared = [
    ...filesUnder('electron/services'),
    ...filesUnder('electron/host'),
    ...filesUnder('electron/db'),
    ...filesUnder('shared'),
  ];

  it('finds the files it checks', () => {
    expect(shared.length).toBeGreaterThan(5);
    expect(shared).toContain(path.join('electron/host', 'core.ts'));
  });

  it('no file under electron/services, electron/host, electron/db or shared imports electron', () => {
    const offenders = shared.filter((file) => IMPORTS_ELECTRON.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('the shell modules import electron for types only (so they run under Node)', () => {
    for (const file of filesUnder('electron/shell')) {
      const text = read(file);
      for (const line of text.split('\n').filter((l) => IMPORTS_ELECTRON.test(l))) {
        expect(line, file).toMatch(/^import type /);
      }
    }
  });

  it('the pattern catches the import forms it must', () => {
    for (const line of [
      "import { app } from 'electron';",
      'import electron from "electron";',
      "const { ipcMain } = require('electron');",
      "await import('electron')",
      "import 'electron';",
      "import { ipcRenderer } from 'electron/renderer';",
    ]) {
      expect(IMPORTS_ELECTRON.test(line), line).toBe(true);
    }
    expect(IMPORTS_ELECTRON.test("import x from 'electron-builder';")).toBe(false);
  });
});
