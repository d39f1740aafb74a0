// The desktop shell: one hardened window onto the host core, and the same web transport
// as the headless host (loopback at start, the office network when the facilitator opens
// it) sharing that core; a projector window on a second screen. Every decision it makes
// (which path to serve, which URL or request or permission to allow, who may call
// over IPC, which language, which menu, which display) is a pure function in ./shell or
// ./host, unit-tested; this file only wires them into Electron. Bundled to dist/electron/main.cjs.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, type Session } from 'electron';
import { DEFAULT_PORT } from './host/cliArgs';
import { openHostCore, type HostCore } from './host/core';
import { originOf, startWebTransport, type WebTransport } from './host/lanController';
import { PRERENDER_FILE, prerendererLoader } from './host/prerenderModule';
import { LOOPBACK } from './host/lan';
import { projectorUrl } from '../shared/session/links';
import {
  chooseProjectorDisplay,
  isAllowedProjectorNavigation,
  isAllowedProjectorRequest,
} from './shell/projectorWindow';
import { createConsoleLogger } from './host/ports';
import type { Locale } from '../shared/i18n/locales';
import { serveAppRequest } from './shell/appProtocol';
import { attachIpc } from './shell/ipcAdapter';
import { MENU_CHANNEL } from '../shared/api/bridge';
import { desktopLocale, parseStoredLocale, serializeStoredLocale } from './shell/locale';
import { aboutDialog, menuTemplate } from './shell/menu';
import { startupFailure } from './shell/messages';
import { APP_ENTRY_URL, APP_SCHEME, decidePermission, isAllowedNavigation, isAllowedRequest } from './shell/security';

const logger = createConsoleLogger();
const isMac = process.platform === 'darwin';
/** The shell's own small state (the remembered language), next to the database. */
const SHELL_STATE_FILE = 'shell-locale.json';
/** The projector window's own in-memory session: its own request rules, no preload. */
const PROJECTOR_PARTITION = 'drillbook-projector';

// Must happen before `ready`: app:// behaves like https (secure context, fetch,
// standard URL parsing so the origin is app://drillbook).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: HostCore | null = null;
let web: WebTransport | null = null;
let projectorWindow: BrowserWindow | null = null;
let locale: Locale = 'en';

if (!app.requestSingleInstanceLock()) {
  // Another Drillbook owns the data folder: it gets focus (second-instance below),
  // this process leaves before touching anything.
  app.exit(0);
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    // No <webview>, no popups, for any web contents the app ever gets.
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error, locale, app.getPath('userData')));
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  locale = desktopLocale(app.getPreferredSystemLanguages(), readStoredLocale(dataDir));
  try {
    core = openHostCore({
      dataDir,
      appVersion: app.getVersion(),
      // Read-only files shipped in app.asar (built-in templates, icons).
      resourcesDir: path.join(app.getAppPath(), 'resources'),
      // The headless host's worker bundle; Electron starts workers from inside app.asar.
      parseWorkerFile: path.join(app.getAppPath(), 'dist', 'host', 'parseWorker.cjs'),
      logger,
    });
  } catch (error) {
    fail(error, locale, dataDir);
    return;
  }
  hardenSession(session.defaultSession);
  serveApp(session.defaultSession, path.join(app.getAppPath(), 'dist', 'renderer'));
  // The browser side: pages and the API on loopback (a second window, the projector),
  // the office network once the facilitator opens it. Another program on the usual port
  // only moves this one to a free port.
  web = await startWebTransport({
    core,
    rendererDir: path.join(app.getAppPath(), 'dist', 'renderer'),
    prerenderer: prerendererLoader(path.join(app.getAppPath(), 'dist', 'host', PRERENDER_FILE), logger),
    port: DEFAULT_PORT,
    token: core.staffKey,
    logger,
    fallbackToAnyPort: true,
  });
  attachIpc({
    ipcMain,
    core,
    getWindow: () => mainWindow,
    onLocaleChanged: (next) => {
      locale = next;
      rememberLocale(dataDir, next);
      installMenu();
    },
    onOpenWindow: (_kind, secret) => {
      openProjectorWindow(secret);
      return { ok: true, value: {} };
    },
    logger,
  });
  installMenu();
  mainWindow = createWindow();

  app.on('activate', () => {
    if (mainWindow === null) mainWindow = createWindow();
  });
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('will-quit', () => {
    void web?.close();
    web = null;
    core?.close();
    core = null;
  });
}

/** Never a silent exit: say why in the user's language, then leave. */
function fail(error: unknown, inLocale: Locale, dataDir: string): void {
  void web?.close();
  web = null;
  core?.close(); // if setup failed after the core opened: release the data folder's lock
  core = null;
  const failure = startupFailure(inLocale, error, dataDir);
  logger.error('startup failed', {
    reason: failure.reason,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  dialog.showErrorBox(failure.title, failure.message);
  app.exit(1);
}

function hardenSession(ses: Session): void {
  // Air-gapped: nothing but the app's own files, the devtools and in-memory data.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) logger.warn('request blocked', { url: details.url.slice(0, 200) });
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    decidePermission(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  // The spellchecker downloads dictionaries from Google: off, with no languages.
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerLanguages([]);
}

function serveApp(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request, logger));
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Drillbook',
    icon: path.join(app.getAppPath(), 'resources', 'icons', 'icon.png'),
    webPreferences: {
      preload: path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !app.isPackaged,
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (details) => {
    if (!isAllowedNavigation(details.url)) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!isAllowedNavigation(details.url)) details.preventDefault();
  });
  // Nothing opens: not a new window, not the system browser (air-gapped).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // The projector shows this console's session: it goes with it.
    if (projectorWindow !== null && !projectorWindow.isDestroyed()) projectorWindow.close();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** The projector view in a window of its own, on a second screen when there is one. */
function openProjectorWindow(secret: string): void {
  if (web === null) return;
  const origin = originOf(LOOPBACK, web.server.port);
  const url = projectorUrl(origin, secret);
  if (projectorWindow !== null && !projectorWindow.isDestroyed()) {
    void projectorWindow.loadURL(url);
    projectorWindow.show();
    return;
  }
  const consoleDisplay =
    mainWindow !== null ? screen.getDisplayMatching(mainWindow.getBounds()) : screen.getPrimaryDisplay();
  const placement = chooseProjectorDisplay(screen.getAllDisplays(), consoleDisplay.id);
  const ses = session.fromPartition(PROJECTOR_PARTITION);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedProjectorRequest(details.url, origin);
    if (!allowed) logger.warn('projector request blocked', { url: details.url.slice(0, 200) });
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  const window = new BrowserWindow({
    ...(placement?.bounds ?? { width: 1280, height: 720 }),
    fullscreen: placement?.fullscreen ?? false,
    autoHideMenuBar: true,
    title: 'Drillbook',
    backgroundColor: '#000000',
    icon: path.join(app.getAppPath(), 'resources', 'icons', 'icon.png'),
    webPreferences: {
      // A guest page like any browser's: no preload, so no IPC and no bridge.
      partition: PROJECTOR_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (details) => {
    if (!isAllowedProjectorNavigation(details.url, origin)) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!isAllowedProjectorNavigation(details.url, origin)) details.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.on('closed', () => {
    if (projectorWindow === window) projectorWindow = null;
  });
  projectorWindow = window;
  void window.loadURL(url);
}

function installMenu(): void {
  const template = menuTemplate(
    locale,
    { isMac, isPackaged: app.isPackaged },
    {
      onAction: (action) => {
        if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_CHANNEL, action);
      },
      onAbout: () => void showAbout(),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function showAbout(): Promise<void> {
  const text = aboutDialog(locale, app.getVersion());
  const options = {
    type: 'info' as const,
    title: text.title,
    message: text.message,
    detail: text.detail,
    buttons: [text.ok],
  };
  if (mainWindow !== null) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

function readStoredLocale(dataDir: string): string | null {
  const file = path.join(dataDir, SHELL_STATE_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      logger.warn('cannot read stored locale', { file, error: String(error) });
    return null;
  }
  const stored = parseStoredLocale(text);
  if (stored === null) logger.warn('ignoring unreadable stored locale', { file });
  return stored;
}

function rememberLocale(dataDir: string, next: Locale): void {
  const file = path.join(dataDir, SHELL_STATE_FILE);
  try {
    fs.writeFileSync(file, serializeStoredLocale(next));
  } catch (error) {
    // The menu still switches now; only the next start would use the system language.
    logger.warn('cannot remember locale', { file, error: String(error) });
  }
}
