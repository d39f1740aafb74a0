import { describe, expect, it, vi } from 'vitest';
import type { Caller, Dispatch } from '../../../electron/host/dispatcher';
import { createEventBus } from '../../../electron/host/events';
import { createRecordingLogger } from '../../../electron/host/ports';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../../shared/api/bridge';
import {
  attachIpc,
  isCallFromMainWindow,
  type CallEvent,
  type IpcLike,
  type ShellWindow,
} from '../../../electron/shell/ipcAdapter';
import type { Envelope } from '../../../shared/api/errors';

type Handler = (event: CallEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => {
      handlers.delete(channel);
    },
  };
  const sent: unknown[][] = [];
  let destroyed = false;
  let sendFails = false;
  const window: ShellWindow = {
    isDestroyed: () => destroyed,
    webContents: {
      id: 7,
      send: (...args: unknown[]) => {
        if (sendFails) throw new Error('Object has been destroyed');
        sent.push(args);
      },
    },
  };
  let current: ShellWindow | null = window;
  const calls: { name: unknown; input: unknown; caller: Caller }[] = [];
  const dispatch: Dispatch = async (name, input, caller) => {
    calls.push({ name, input, caller });
    if (name === 'app.setLocale') return { ok: true, value: input };
    if (name === 'app.throw') throw new Error('a bug past the dispatcher');
    if (name === 'app.fail')
      return { ok: false, error: { code: 'invalid_input', messageKey: 'errors.invalid_input', details: {} } };
    return { ok: true, value: { version: '0.1.0', principal: caller.principal.kind } };
  };
  const bus = createEventBus();
  const onLocaleChanged = vi.fn();
  const logger = createRecordingLogger();
  const detach = attachIpc({
    ipcMain,
    core: { dispatch, events: { subscribe: bus.subscribe } },
    getWindow: () => current,
    onLocaleChanged,
    logger,
  });
  const invoke = (event: CallEvent, name: unknown, input: unknown) => {
    const handler = handlers.get(CALL_CHANNEL);
    if (!handler) throw new Error('no handler');
    return handler(event, name, input) as Promise<Envelope<unknown>>;
  };
  return {
    handlers,
    window,
    sent,
    calls,
    bus,
    onLocaleChanged,
    logger,
    detach,
    invoke,
    destroy: () => void (destroyed = true),
    closeWindow: () => void (current = null),
    failSends: () => void (sendFails = true),
  };
}

const trusted: CallEvent = { sender: { id: 7 }, senderFrame: { url: 'app://drillbook/index.html', parent: null } };

describe('isCallFromMainWindow', () => {
  const window: ShellWindow = { isDestroyed: () => false, webContents: { id: 7, send: () => {} } };

  it('accepts the main frame of the main window showing the app', () => {
    expect(isCallFromMainWindow(trusted, window)).toBe(true);
  });

  it('refuses subframes, other web contents, other pages, gone frames and no window', () => {
    expect(isCallFromMainWindow({ ...trusted, senderFrame: { url: 'app://drillbook/x', parent: {} } }, window)).toBe(
      false,
    );
    expect(isCallFromMainWindow({ ...trusted, sender: { id: 8 } }, window)).toBe(false);
    expect(
      isCallFromMainWindow({ ...trusted, senderFrame: { url: 'https://evil.example/', parent: null } }, window),
    ).toBe(false);
    expect(isCallFromMainWindow({ ...trusted, senderFrame: null }, window)).toBe(false);
    expect(isCallFromMainWindow(trusted, null)).toBe(false);
    expect(isCallFromMainWindow(trusted, { ...window, isDestroyed: () => true })).toBe(false);
  });
});

describe('attachIpc', () => {
  it('dispatches a trusted call as the facilitator over ipc and returns the envelope', async () => {
    const t = setup();
    const envelope = await t.invoke(trusted, 'app.info', {});
    expect(envelope).toEqual({ ok: true, value: { version: '0.1.0', principal: 'staff' } });
    expect(t.calls).toEqual([
      { name: 'app.info', input: {}, caller: { principal: { kind: 'staff', staffId: 'desktop' }, transport: 'ipc' } },
    ]);
  });

  it('refuses an untrusted sender without reaching the dispatcher', async () => {
    const t = setup();
    const envelope = await t.invoke(
      { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } },
      'library.list',
      {},
    );
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'forbidden', messageKey: 'errors.forbidden', details: { reason: 'untrusted_sender' } },
    });
    expect(t.calls).toEqual([]);
    expect(t.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'ipc call refused: untrusted sender' }),
    );
  });

  it('refuses calls while there is no window', async () => {
    const t = setup();
    t.closeWindow();
    expect((await t.invoke(trusted, 'app.info', {})).ok).toBe(false);
    expect(t.calls).toEqual([]);
  });

  it('relabels the menu after a successful app.setLocale only', async () => {
    const t = setup();
    await t.invoke(trusted, 'app.setLocale', { locale: 'vi' });
    expect(t.onLocaleChanged).toHaveBeenCalledExactlyOnceWith('vi');
    await t.invoke(trusted, 'app.info', {});
    await t.invoke(trusted, 'app.fail', { locale: 'en' });
    await t.invoke({ ...trusted, sender: { id: 9 } }, 'app.setLocale', { locale: 'en' });
    expect(t.onLocaleChanged).toHaveBeenCalledTimes(1);
  });

  it('pushes host events to the window on the event channel', () => {
    const t = setup();
    t.bus.publish('library.changed', { id: null });
    expect(t.sent).toEqual([[EVENT_CHANNEL, 'library.changed', { id: null }]]);
  });

  it('drops events while the window is closed or destroyed', () => {
    const t = setup();
    t.destroy();
    t.bus.publish('library.changed', { id: null });
    t.closeWindow();
    t.bus.publish('library.changed', { id: null });
    expect(t.sent).toEqual([]);
  });

  it('detaches both the handler and the event push', () => {
    const t = setup();
    t.detach();
    expect(t.handlers.has(CALL_CHANNEL)).toBe(false);
    t.bus.publish('library.changed', { id: null });
    expect(t.sent).toEqual([]);
  });

  it('answers a dispatch that throws as internal, logged, and keeps handling calls', async () => {
    const t = setup();
    expect(await t.invoke(trusted, 'app.throw', {})).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal', details: { method: 'app.throw' } },
    });
    expect(t.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'ipc dispatch failed' }),
    );
    expect((await t.invoke(trusted, 'app.info', {})).ok).toBe(true);
  });

  it('still answers app.setLocale when relabelling the menu fails, and logs it', async () => {
    const t = setup();
    t.onLocaleChanged.mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(await t.invoke(trusted, 'app.setLocale', { locale: 'zh-Hant' })).toEqual({
      ok: true,
      value: { locale: 'zh-Hant' },
    });
    expect(t.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'locale change follow-up failed' }),
    );
  });

  it('never lets a failing event push fail the write that published it', () => {
    const t = setup();
    t.failSends();
    expect(() => t.bus.publish('library.changed', { id: null })).not.toThrow();
    expect(t.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'ipc event push failed' }),
    );
  });
});
