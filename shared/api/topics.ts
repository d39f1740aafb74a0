// Topics as both client transports (the desktop bridge, the WebSocket) keep them: a key
// per topic, and the topic that listening to an event subscribes to by itself.
import type { EventName, Topic } from './contract';

export const topicKey = (topic: Topic | undefined): string =>
  topic === undefined ? '' : typeof topic === 'string' ? topic : `session:${topic.session}`;

/**
 * Screens that only listen (the library, the console's invite panel) are subscribed by
 * listening: these events have a topic of their own. Session events need the seq of the
 * view a screen holds, so a session screen subscribes itself.
 */
export function implicitTopic(name: EventName): Topic | null {
  if (name === 'library.changed') return 'library';
  if (name === 'lan.changed') return 'lan';
  return null;
}
