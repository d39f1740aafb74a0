// The browser transport: the API contract over one WebSocket to the host. Calls made
// while connecting wait; a dropped connection fails pending calls as `unavailable`
// and reconnects, so a facilitator's laptop lid or a flaky LAN costs no page reload.
import type { EventName, MethodName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import type { RawTransport } from '../../shared/api/client';
import { serverFrameSchema } from '../../shared/api/wire';

type Pending = { resolve(envelope: Envelope<unknown>): void };
export type ConnectionState = 'connecting' | 'open' | 'closed';

const unavailable: Envelope<never> = {
  ok: false,
  error: { code: 'unavailable', messageKey: 'errors.unavailable', details: {} },
};

export function createWsTransport(url: string, onState: (state: ConnectionState) => void = () => {}): RawTransport {
  let socket: WebSocket | null = null;
  let nextId = 1;
  let retryMs = 500;
  const pending = new Map<number, Pending>();
  const queue: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function connect() {
    onState('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retryMs = 500;
      onState('open');
      for (const frame of queue.splice(0)) ws.send(frame);
    };
    ws.onmessage = (message) => {
      const parsed = serverFrameSchema.safeParse(JSON.parse(String(message.data)));
      if (!parsed.success) {
        console.error('drillbook: unreadable frame from host', parsed.error);
        return;
      }
      const frame = parsed.data;
      if (frame.type === 'reply') {
        pending.get(frame.id)?.resolve(frame.result as Envelope<unknown>);
        pending.delete(frame.id);
      } else if (frame.type === 'event') {
        for (const listener of listeners.get(frame.name) ?? []) listener(frame.payload);
      } else {
        console.error('drillbook: host could not read a frame', frame.error);
      }
    };
    ws.onclose = () => {
      onState('closed');
      for (const p of pending.values()) p.resolve(unavailable);
      pending.clear();
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    };
  }
  connect();

  return {
    call(name: MethodName, input: unknown) {
      const id = nextId++;
      const frame = JSON.stringify({ id, method: name, input });
      return new Promise((resolve) => {
        pending.set(id, { resolve });
        if (socket?.readyState === WebSocket.OPEN) socket.send(frame);
        else queue.push(frame);
      });
    },
    on(name: EventName, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
}
