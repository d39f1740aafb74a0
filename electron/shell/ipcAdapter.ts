// The IPC transport: the window's calls go to the host core's dispatcher, the core's
// events go to the window. Electron objects come in as arguments (typed by the small
// parts used here), so tests drive this with fakes under plain Node. The window is
// always staff: only the app's own top frame may call (isCallFromMainWindow).
import type { Envelope } from '../../shared/api/errors';
import { errorKey } from '../../shared/api/errors';
import { isLocale, type Locale } from '../../shared/i18n/locales';
import { DESKTOP_STAFF } from '../../shared/api/principal';
import type { HostCore } from '../host/core';
import type { Logger } from '../host/ports';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../shared/api/bridge';
import { isTrustedSender } from './security';

/** The parts of IpcMainInvokeEvent this adapter reads. */
export type CallEvent = {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
};

/** The parts of BrowserWindow this adapter uses. */
export type ShellWindow = {
  isDestroyed(): boolean;
  webContents: { id: number; send(channel: string, ...args: unknown[]): void };
};

export type IpcLike = {
  handle(channel: string, listener: (event: CallEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

export type IpcAdapterOptions = {
  ipcMain: IpcLike;
  core: Pick<HostCore, 'dispatch' | 'events'>;
  /** The main window, or null while there is none (macOS keeps running without). */
  getWindow(): ShellWindow | null;
  /** After the window's successful app.setLocale: relabel the menu, remember it. */
  onLocaleChanged(locale: Locale): void;
  logger: Logger;
};

const refused: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', messageKey: errorKey('forbidden'), details: { reason: 'untrusted_sender' } },
};

const internal = (name: unknown): Envelope<never> => ({
  ok: false,
  error: { code: 'internal', messageKey: errorKey('internal'), details: { method: String(name) } },
});

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** True when the call comes from the main window's top frame showing the app itself. */
export function isCallFromMainWindow(event: CallEvent, window: ShellWindow | null): boolean {
  if (window === null || window.isDestroyed()) return false;
  const frame = event.senderFrame; // null once the frame has navigated away or gone
  if (frame === null) return false;
  const isMainFrame = event.sender.id === window.webContents.id && frame.parent === null;
  return isTrustedSender(frame.url, isMainFrame);
}

/** Wires the IPC handler and the event push; returns a function that undoes both. */
export function attachIpc(options: IpcAdapterOptions): () => void {
  const { ipcMain, core, getWindow, onLocaleChanged, logger } = options;

  ipcMain.handle(CALL_CHANNEL, async (event, name, input) => {
    if (!isCallFromMainWindow(event, getWindow())) {
      logger.warn('ipc call refused: untrusted sender', { method: String(name), url: event.senderFrame?.url ?? null });
      return refused;
    }
    let envelope: Envelope<unknown>;
    try {
      envelope = await core.dispatch(name, input, { principal: DESKTOP_STAFF, transport: 'ipc' });
    } catch (error) {
      // The dispatcher answers every failure itself; reaching here is a bug. Still an answer.
      logger.error('ipc dispatch failed', { method: String(name), error: describe(error) });
      return internal(name);
    }
    if (envelope.ok && name === 'app.setLocale') {
      const locale = (envelope.value as { locale?: unknown }).locale;
      try {
        if (isLocale(locale)) onLocaleChanged(locale);
      } catch (error) {
        // The locale did change; only the menu or the remembered choice lags behind.
        logger.error('locale change follow-up failed', { locale: String(locale), error: describe(error) });
      }
    }
    return envelope;
  });

  const unsubscribe = core.events.subscribe((name, payload) => {
    const window = getWindow();
    // No window (closed on macOS): nothing to tell; the next window loads fresh data.
    if (window === null || window.isDestroyed()) return;
    try {
      window.webContents.send(EVENT_CHANNEL, name, payload);
    } catch (error) {
      // A push that fails must not fail the write that published it.
      logger.error('ipc event push failed', { event: name, error: describe(error) });
    }
  });

  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    unsubscribe();
  };
}
