import { describe, expect, it, vi } from 'vitest';
import type { Caller, Dispatch } from '../../../electron/host/dispatcher';
import { createEventBus } from '../../../electron/host/events';
import { createRecordingLogger } from '../../../electron/host/ports';
import { createSubscriptionHub, type Subscriber } from '../../../electron/host/subscriptions';
import type { SessionEvent } from '../../../shared/session/events';
import type { SessionState } from '../../../shared/session/state';
import { CALL_CHANNEL, EVENT_CHANNEL, WINDOW_CHANNEL } from '../../../shared/api/bridge';
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
  /** Each session's log, as the hub reads it: only seq matters to it for staff. */
  const logs = new Map<string, SessionEvent[]>();
  const dispatch: Dispatch = async (name, input, caller) => {
    calls.push({ name, input, caller });
    if (name === 'events.subscribe') {
      const { topic, afterSeq } = input as { topic: 'library' | { session: string }; afterSeq: number };
      return { ok: true, value: caller.subscriptions!.subscribe(topic, afterSeq) };
    }
    if (name === 'app.setLocale') return { ok: true, value: input };
    if (name === 'app.throw') throw new Error('a bug past the dispatcher');
    if (name === 'app.fail')
      return { ok: false, error: { code: 'invalid_input', messageKey: 'errors.invalid_input', details: {} } };
    return { ok: true, value: { version: '0.1.0', principal: caller.principal.kind } };
  };
  const bus = createEventBus();
  const hub = createSubscriptionHub({
    bus,
    sessionState: (id) => ({ lastSeq: logs.get(id)?.length ?? 0 }) as SessionState,
    sessionEvents: (id, afterSeq, limit) => (logs.get(id) ?? []).filter((e) => e.seq > afterSeq).slice(0, limit),
    libraryStartSeq: 100,
  });
  /** Appends an event to a session's log and tells the hub, as the session service does. */
  const append = (sessionId: string) => {
    const log = logs.get(sessionId) ?? [];
    logs.set(sessionId, log);
    log.push({ seq: log.length + 1, type: 'clock_paused' } as unknown as SessionEvent);
    bus.publish('session.changed', { sessionId, seq: log.length });
  };
  const opened: Subscriber[] = [];
  const subscriptions = {
    open: (...args: Parameters<typeof hub.open>) => {
      const subscriber = hub.open(...args);
      opened.push(subscriber);
      return subscriber;
    },
  };
  const onLocaleChanged = vi.fn();
  const onOpenWindow = vi.fn(() => ({ ok: true as const, value: {} }));
  const logger = createRecordingLogger();
  const detach = attachIpc({
    ipcMain,
    core: { dispatch, subscriptions },
    getWindow: () => current,
    onLocaleChanged,
    onOpenWindow,
    logger,
  });
  const invokeOn = (channel: string, event: CallEvent, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error('no handler');
    return handler(event, ...args) as Promise<Envelope<unknown>>;
  };
  const invoke = (event: CallEvent, name: unknown, input: unknown) => invokeOn(CALL_CHANNEL, event, name, input);
  return {
    handlers,
    window,
    sent,
    calls,
    bus,
    append,
    opened,
    onOpenWindow,
    invokeOn,
    replaceWindow: (id: number) => {
      current = { ...window, webContents: { ...window.webContents, id } };
      return current;
    },
    onLocaleChanged,
    logger,
    detach,
    invoke,
    destroy: () => void (destroyed = true),
    closeWindow: () => void (current = null),
    failSends: () => void (sendFails = true),
  };
}

const SESSION_A = '00000000-0000-4000-8000-00000000000a';
const SESSION_B = '00000000-0000-4000-8000-00000000000b';
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
      {
        name: 'app.info',
        input: {},
        caller: { principal: { kind: 'staff', staffId: 'desktop' }, transport: 'ipc', subscriptions: t.opened[0] },
      },
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

  it('pushes nothing the window has not subscribed to', () => {
    const t = setup();
    t.bus.publish('library.changed', { id: null });
    t.append(SESSION_A);
    expect(t.sent).toEqual([]);
  });

  it('pushes the library to the window once subscribed, numbered like the WebSocket', async () => {
    const t = setup();
    expect(await t.invoke(trusted, 'events.subscribe', { topic: 'library', afterSeq: 0 })).toEqual({
      ok: true,
      value: { seq: 100 },
    });
    t.bus.publish('library.changed', { id: null });
    expect(t.sent).toEqual([[EVENT_CHANNEL, 'library.changed', { id: null, seq: 101 }, 'library', 101]]);
  });

  it("pushes one session's events, after the seq the window holds, and no other session's", async () => {
    const t = setup();
    t.append(SESSION_A);
    t.append(SESSION_A);
    t.append(SESSION_A);
    // The window shows seq 2: event 3 comes first, then each new one; B is never sent.
    await t.invoke(trusted, 'events.subscribe', { topic: { session: SESSION_A }, afterSeq: 2 });
    t.append(SESSION_B);
    t.append(SESSION_A);
    const seqs = t.sent.map(([channel, name, payload, topic, seq]) => {
      expect([channel, name, topic]).toEqual([EVENT_CHANNEL, 'session.changed', { session: SESSION_A }]);
      expect(payload).toEqual({ sessionId: SESSION_A, seq });
      return seq;
    });
    expect(seqs).toEqual([3, 4]);
  });

  it('resumes without a gap or a duplicate when the page asks again from its seq', async () => {
    const t = setup();
    await t.invoke(trusted, 'events.subscribe', { topic: { session: SESSION_A }, afterSeq: 0 });
    t.append(SESSION_A);
    t.append(SESSION_A);
    // A reloaded page that holds seq 1 asks again: only 2 comes once more, then 3.
    await t.invoke(trusted, 'events.subscribe', { topic: { session: SESSION_A }, afterSeq: 1 });
    t.append(SESSION_A);
    expect(t.sent.map((m) => m[4])).toEqual([1, 2, 2, 3]);
    expect(t.opened).toHaveLength(1);
  });

  it('gives a new window subscriptions of its own and closes the old ones', async () => {
    const t = setup();
    await t.invoke(trusted, 'events.subscribe', { topic: 'library', afterSeq: 0 });
    t.replaceWindow(8);
    t.bus.publish('library.changed', { id: null });
    expect(t.sent).toEqual([]); // the old window's subscription does not reach the new one
    await t.invoke({ ...trusted, sender: { id: 8 } }, 'app.info', {});
    expect(t.opened).toHaveLength(2);
    t.bus.publish('library.changed', { id: null });
    expect(t.sent).toEqual([]); // the new window has not asked for the library
  });

  it('drops events while the window is closed or destroyed', async () => {
    const t = setup();
    await t.invoke(trusted, 'events.subscribe', { topic: 'library', afterSeq: 0 });
    t.destroy();
    t.bus.publish('library.changed', { id: null });
    t.closeWindow();
    t.bus.publish('library.changed', { id: null });
    expect(t.sent).toEqual([]);
  });

  it('detaches the handlers and the subscriptions', async () => {
    const t = setup();
    await t.invoke(trusted, 'events.subscribe', { topic: 'library', afterSeq: 0 });
    t.detach();
    expect(t.handlers.has(CALL_CHANNEL)).toBe(false);
    expect(t.handlers.has(WINDOW_CHANNEL)).toBe(false);
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

  it('never lets a failing event push fail the write that published it', async () => {
    const t = setup();
    await t.invoke(trusted, 'events.subscribe', { topic: 'library', afterSeq: 0 });
    t.failSends();
    expect(() => t.bus.publish('library.changed', { id: null })).not.toThrow();
    expect(t.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'ipc event push failed' }),
    );
  });
});

describe('opening another window over IPC', () => {
  it('opens the projector with the secret the page got', async () => {
    const t = setup();
    expect(await t.invokeOn(WINDOW_CHANNEL, trusted, 'projector', 'abc_DEF-123')).toEqual({ ok: true, value: {} });
    expect(t.onOpenWindow).toHaveBeenCalledExactlyOnceWith('projector', 'abc_DEF-123');
  });

  it('refuses an untrusted sender, a window outside the list and anything but a secret', async () => {
    const t = setup();
    const untrusted = { ...trusted, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await t.invokeOn(WINDOW_CHANNEL, untrusted, 'projector', 'abc')).toEqual({
      ok: false,
      error: { code: 'forbidden', messageKey: 'errors.forbidden', details: { reason: 'untrusted_sender' } },
    });
    for (const [kind, secret] of [
      ['devtools', 'abc'],
      ['projector', 'a/../../x'],
      ['projector', 'x#y?z'],
      ['projector', ''],
      ['projector', 42],
    ]) {
      expect(await t.invokeOn(WINDOW_CHANNEL, trusted, kind, secret)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(t.onOpenWindow).not.toHaveBeenCalled();
  });
});
