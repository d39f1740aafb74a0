import { describe, expect, it, vi } from 'vitest';
import type { DrillbookBridge } from '../../../shared/api/bridge';
import { createBridgeTransport } from '../../../renderer/api/bridgeTransport';

function fakeBridge() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const subscribed: unknown[][] = [];
  const bridge: Pick<DrillbookBridge, 'call' | 'on' | 'subscribe'> = {
    call: vi.fn(async () => ({ ok: true as const, value: {} })),
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    subscribe: async (topic, afterSeq) => {
      subscribed.push([topic, afterSeq]);
      return { ok: true, value: { seq: afterSeq } };
    },
  };
  const emit = (name: string, payload: unknown) => listeners.get(name)?.forEach((l) => l(payload));
  return { bridge, subscribed, emit, listeners };
}

const SESSION = { session: '00000000-0000-4000-8000-00000000000a' };

describe('the desktop bridge transport', () => {
  it('subscribes the library and the LAN by listening to their events, once however many listen', () => {
    const f = fakeBridge();
    const transport = createBridgeTransport(f.bridge);
    const seen: unknown[] = [];
    const offA = transport.on('library.changed', (p) => seen.push(p));
    const offB = transport.on('library.changed', () => {});
    transport.on('lan.changed', () => {});
    transport.on('session.changed', () => {});
    expect(f.subscribed).toEqual([
      ['library', 0],
      ['lan', 0],
    ]);
    f.emit('library.changed', { id: null, seq: 3 });
    expect(seen).toEqual([{ id: null, seq: 3 }]);
    offA();
    offB();
    f.emit('library.changed', { id: null, seq: 4 });
    expect(seen).toHaveLength(1);
    // Nobody follows the library now: listening again asks for it again.
    transport.on('library.changed', () => {});
    expect(f.subscribed).toHaveLength(3);
  });

  it('asks for a session from the seq the screen holds, once while it is followed', () => {
    const f = fakeBridge();
    const transport = createBridgeTransport(f.bridge);
    const off = transport.subscribe!(SESSION, 12);
    const off2 = transport.subscribe!(SESSION, 12);
    expect(f.subscribed).toEqual([[SESSION, 12]]);
    off();
    off(); // twice is once
    transport.subscribe!(SESSION, 12);
    expect(f.subscribed).toEqual([[SESSION, 12]]);
    off2();
  });

  it('passes calls through to the bridge', async () => {
    const f = fakeBridge();
    const transport = createBridgeTransport(f.bridge);
    expect(await transport.call('app.info', {})).toEqual({ ok: true, value: {} });
    expect(f.bridge.call).toHaveBeenCalledWith('app.info', {});
  });
});
