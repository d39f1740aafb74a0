// The browser transport: the API contract over one WebSocket to the host. Calls made
// while connecting wait; a dropped connection fails pending calls as `unavailable`
// and reconnects, so a facilitator's laptop lid or a flaky LAN costs no page reload.
// Pushed events come by subscription: after every (re)connect the transport asks again
// for each topic it follows, from the last seq it was sent, and the host sends what came
// since before anything new, so nothing is missed and nothing arrives twice.
import type { EventName, MethodName, Topic } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import type { RawTransport } from '../../shared/api/client';
import { implicitTopic, topicKey } from '../../shared/api/topics';
import { readServerFrame } from '../../shared/api/serverFrame';

type Pending = { resolve(envelope: Envelope<unknown>): void };
export type ConnectionState = 'connecting' | 'open' | 'closed';

/**
 * A call made first on every (re)connect, before subscriptions and queued calls, whose
 * reply is awaited: a guest's `session.resume`, so the host knows who this is again
 * before anything else it asks. Null: nothing to say (not joined yet).
 */
export type Greeting = {
  call(): { method: MethodName; input: unknown } | null;
  answered(result: Envelope<unknown>): void;
};

const unavailable: Envelope<never> = {
  ok: false,
  error: { code: 'unavailable', messageKey: 'errors.unavailable', details: {} },
};

export function createWsTransport(
  url: string,
  onState: (state: ConnectionState) => void = () => {},
  greeting?: Greeting,
): RawTransport {
  let socket: WebSocket | null = null;
  /** Open and greeted: calls go straight out; until then they wait in `queue`. */
  let ready = false;
  let nextId = 1;
  let retryMs = 500;
  const pending = new Map<number, Pending>();
  const queue: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  /** Topics followed, with how many ask for each and the last seq the host sent. */
  const topics = new Map<string, { topic: Topic; users: number; lastSeq: number }>();

  function send(name: MethodName, input: unknown): Promise<Envelope<unknown>> {
    const id = nextId++;
    const frame = JSON.stringify({ id, method: name, input });
    return new Promise((resolve) => {
      pending.set(id, { resolve });
      if (ready && socket?.readyState === WebSocket.OPEN) socket.send(frame);
      else queue.push(frame);
    });
  }

  /** Sends the greeting on a socket not yet `ready`, bypassing the queue. */
  function greet(ws: WebSocket, call: { method: MethodName; input: unknown }): Promise<Envelope<unknown>> {
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { resolve });
      ws.send(JSON.stringify({ id, method: call.method, input: call.input }));
    });
  }

  function ask(entry: { topic: Topic; lastSeq: number }) {
    void send('events.subscribe', { topic: entry.topic, afterSeq: entry.lastSeq }).then((result) => {
      // A refusal is a bug or a lost right (removed from the session): worth the console.
      if (!result.ok) console.error('drillbook: subscription refused', entry.topic, result.error);
    });
  }

  function connect() {
    onState('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = async () => {
      retryMs = 500;
      const hello = greeting?.call() ?? null;
      if (hello) {
        const result = await greet(ws, hello);
        if (socket !== ws || ws.readyState !== WebSocket.OPEN) return;
        greeting?.answered(result);
      }
      ready = true;
      onState('open');
      // Subscriptions first, so what came while away arrives before new calls' effects.
      for (const entry of topics.values()) ask(entry);
      for (const frame of queue.splice(0)) ws.send(frame);
    };
    ws.onmessage = (message) => {
      const frame = readServerFrame(JSON.parse(String(message.data)));
      if (!frame) {
        console.error('drillbook: unreadable frame from host', String(message.data).slice(0, 200));
        return;
      }
      if (frame.type === 'reply') {
        pending.get(frame.id)?.resolve(frame.result as Envelope<unknown>);
        pending.delete(frame.id);
      } else if (frame.type === 'event') {
        const entry = topics.get(topicKey(frame.topic));
        if (entry && frame.seq !== undefined) entry.lastSeq = frame.seq;
        for (const listener of listeners.get(frame.name) ?? []) listener(frame.payload);
      } else {
        console.error('drillbook: host could not read a frame', frame.error);
      }
    };
    ws.onclose = () => {
      ready = false;
      onState('closed');
      for (const p of pending.values()) p.resolve(unavailable);
      pending.clear();
      // Calls queued for the old socket were answered `unavailable` above; only
      // subscriptions are asked again, on the next open.
      queue.length = 0;
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    };
  }
  connect();

  function subscribe(topic: Topic, afterSeq = 0): () => void {
    const key = topicKey(topic);
    const known = topics.get(key);
    if (known) known.users += 1;
    else {
      const entry = { topic, users: 1, lastSeq: afterSeq };
      topics.set(key, entry);
      // Not ready: asked on open, with the others.
      if (ready) ask(entry);
    }
    return () => {
      const entry = topics.get(key);
      if (entry && --entry.users === 0) topics.delete(key);
    };
  }

  return {
    call: send,
    on(name: EventName, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      // The library screens only listen: listening is what subscribes them.
      const topic = implicitTopic(name);
      const unsubscribe = topic === null ? () => {} : subscribe(topic);
      return () => {
        set.delete(listener);
        unsubscribe();
      };
    },
    subscribe,
  };
}
