// The IPC transport: the window's calls go to the host core's dispatcher, and the window
// gets its pushed events by subscription, from the same hub (subscriptions.ts) and with
// the same seq as a WebSocket connection: it asks `events.subscribe` for a topic and is
// sent only that topic's events. Electron objects come in as arguments (typed by the
// small parts used here), so tests drive this with fakes under plain Node. The window is
// always staff: only the app's own top frame may call (isCallFromMainWindow).
import type { Envelope } from '../../shared/api/errors';
import { errorKey } from '../../shared/api/errors';
import { isLocale, type Locale } from '../../shared/i18n/locales';
import { DESKTOP_STAFF } from '../../shared/api/principal';
import type { HostCore } from '../host/core';
import type { Logger } from '../host/ports';
import type { Subscriber } from '../host/subscriptions';
import {
  CALL_CHANNEL,
  EVENT_CHANNEL,
  WINDOW_CHANNEL,
  isWindowKind,
  isWindowSecret,
  type WindowKind,
} from '../../shared/api/bridge';
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
  core: Pick<HostCore, 'dispatch' | 'subscriptions'>;
  /** The main window, or null while there is none (macOS keeps running without). */
  getWindow(): ShellWindow | null;
  /** After the window's successful app.setLocale: relabel the menu, remember it. */
  onLocaleChanged(locale: Locale): void;
  /** The page asks for another window (the projector) with the guest secret it opens as. */
  onOpenWindow?(kind: WindowKind, secret: string): Envelope<unknown> | Promise<Envelope<unknown>>;
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

/** Wires the IPC handlers and the window's subscriptions; returns a function that undoes them. */
export function attachIpc(options: IpcAdapterOptions): () => void {
  const { ipcMain, core, getWindow, onLocaleChanged, logger } = options;

  /**
   * The window's subscriptions, one set per web contents: a new window (macOS reopens one)
   * starts with none. A reloaded page asks again for what it shows, from its own seq.
   */
  let current: { contentsId: number; subscriber: Subscriber } | null = null;
  const subscriberFor = (window: ShellWindow): Subscriber => {
    const contentsId = window.webContents.id;
    if (current?.contentsId === contentsId) return current.subscriber;
    current?.subscriber.close();
    const subscriber = core.subscriptions.open(
      () => DESKTOP_STAFF,
      (event) => {
        const target = getWindow();
        // Gone (closed on macOS): nothing to tell; the next window loads fresh data.
        if (target === null || target.isDestroyed() || target.webContents.id !== contentsId) return;
        try {
          target.webContents.send(EVENT_CHANNEL, event.name, event.payload, event.topic, event.seq);
        } catch (error) {
          // A push that fails must not fail the write that published it.
          logger.error('ipc event push failed', { event: event.name, error: describe(error) });
        }
      },
    );
    current = { contentsId, subscriber };
    return subscriber;
  };

  ipcMain.handle(CALL_CHANNEL, async (event, name, input) => {
    const window = getWindow();
    if (!isCallFromMainWindow(event, window) || window === null) {
      logger.warn('ipc call refused: untrusted sender', { method: String(name), url: event.senderFrame?.url ?? null });
      return refused;
    }
    let envelope: Envelope<unknown>;
    try {
      envelope = await core.dispatch(name, input, {
        principal: DESKTOP_STAFF,
        transport: 'ipc',
        subscriptions: subscriberFor(window),
      });
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

  ipcMain.handle(WINDOW_CHANNEL, async (event, kind, secret) => {
    if (!isCallFromMainWindow(event, getWindow())) {
      logger.warn('ipc window refused: untrusted sender', { kind: String(kind) });
      return refused;
    }
    if (!isWindowKind(kind) || !isWindowSecret(secret) || !options.onOpenWindow) {
      return {
        ok: false,
        error: { code: 'invalid_input', messageKey: errorKey('invalid_input'), details: { kind: String(kind) } },
      } satisfies Envelope<never>;
    }
    try {
      return await options.onOpenWindow(kind, secret);
    } catch (error) {
      logger.error('opening a window failed', { kind, error: describe(error) });
      return internal(WINDOW_CHANNEL);
    }
  });

  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    ipcMain.removeHandler(WINDOW_CHANNEL);
    current?.subscriber.close();
    current = null;
  };
}
