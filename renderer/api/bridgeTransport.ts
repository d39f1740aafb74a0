// The desktop window's transport: calls and events through the preload's bridge. Events
// come by subscription, as over the WebSocket: a topic is asked for once however many
// screens follow it, and listening to the library's or the LAN's event subscribes to it.
// IPC does not drop, so there is nothing to ask again after a reconnect.
import type { EventName, Topic } from '../../shared/api/contract';
import type { RawTransport } from '../../shared/api/client';
import type { DrillbookBridge } from '../../shared/api/bridge';
import { implicitTopic, topicKey } from '../../shared/api/topics';

export function createBridgeTransport(bridge: Pick<DrillbookBridge, 'call' | 'on' | 'subscribe'>): RawTransport {
  /** How many screens follow each topic. */
  const users = new Map<string, number>();

  function subscribe(topic: Topic, afterSeq = 0): () => void {
    const key = topicKey(topic);
    const count = users.get(key) ?? 0;
    users.set(key, count + 1);
    if (count === 0) {
      void bridge.subscribe(topic, afterSeq).then((result) => {
        // A refusal is a bug: worth the console.
        if (!result.ok) console.error('drillbook: subscription refused', topic, result.error);
      });
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const left = (users.get(key) ?? 1) - 1;
      if (left > 0) users.set(key, left);
      else users.delete(key);
    };
  }

  return {
    call: (name, input) => bridge.call(name, input),
    on(name: EventName, listener) {
      const off = bridge.on(name, listener);
      const topic = implicitTopic(name);
      const unsubscribe = topic === null ? () => {} : subscribe(topic);
      return () => {
        off();
        unsubscribe();
      };
    },
    subscribe,
  };
}
