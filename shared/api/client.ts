// The shared half of every client: turn a transport's envelope into a value or a
// thrown ApiError, so the renderer's code is the same over IPC and WebSocket.
import type { DrillbookApi, EventName, MethodName, Topic } from './contract';
import { ApiError, type Envelope } from './errors';

export type RawTransport = {
  call(name: MethodName, input: unknown): Promise<Envelope<unknown>>;
  on(name: EventName, listener: (payload: unknown) => void): () => void;
  /**
   * Asks the host for a topic's events (over the WebSocket again after every reconnect,
   * from the last seq seen). Both transports have it; a test transport may leave it out.
   */
  subscribe?(topic: Topic, afterSeq?: number): () => void;
};

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
}

export function createApi(transport: RawTransport): DrillbookApi {
  return {
    call: async (name, input) => unwrap(await transport.call(name, input)) as never,
    on: (name, listener) => transport.on(name, listener as (payload: unknown) => void),
    subscribe: (topic, afterSeq) => transport.subscribe?.(topic, afterSeq) ?? (() => {}),
  };
}
