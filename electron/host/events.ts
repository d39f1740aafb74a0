// Pushed events: services publish, transports (IPC window, WebSocket connections)
// subscribe. Payloads are checked against the contract at the source.
import { events, type EventName, type EventPayload } from '../../shared/api/contract';

export type EventListener = (name: EventName, payload: unknown) => void;

export type EventBus = {
  publish<E extends EventName>(name: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
};

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    publish(name, payload) {
      const checked = events[name].parse(payload);
      for (const listener of [...listeners]) listener(name, checked);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
