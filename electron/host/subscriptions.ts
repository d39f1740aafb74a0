// Scoped event subscriptions, the one place both transports (IPC window, WebSocket
// connection) get their pushed events from. A connection subscribes to a topic — the
// library (staff only) or one session — with the last seq it has; the hub first sends
// what came after it, read from the session's log, then each new one as it is appended.
// Reading from the log in order, and remembering the last seq sent, is what makes it
// "no gap, no duplicate": every send advances `lastSent`, and Node runs one thing at a time.
//
// The library and the LAN (staff only) have no log: each has a counter for this run of
// the host, and a client whose seq is not the current one is told to reload.
//
// Only notices travel (`session.changed` with its seq, `library.changed` with the id):
// never an event's content. Each is sent only if the connection's principal, asked anew
// for every event (admission and moves change it), may receive it (mayReceive); the
// client then fetches its own view, which the host built for it field by field.
import { sessionOf, type Principal } from '../../shared/api/principal';
import { SESSION_EVENTS_PAGE_MAX } from '../../shared/api/limits';
import type { EventName } from '../../shared/api/contract';
import type { SessionEvent } from '../../shared/session/events';
import type { SessionState } from '../../shared/session/state';
import { mayReceive, type Principal as Audience } from '../../shared/session/visibility';
import type { EventBus } from './events';

export type Topic = 'library' | 'lan' | { session: string };

/**
 * What a transport sends for one pushed event. Presence has no `seq`: it is not in the
 * log, so it must not move the client's place in it.
 */
export type TopicEvent = { topic: Topic; seq?: number; name: EventName; payload: Record<string, unknown> };

export type SubscriptionDeps = {
  bus: Pick<EventBus, 'subscribe'>;
  sessionState(sessionId: string): SessionState;
  sessionEvents(sessionId: string, afterSeq: number, limit: number): SessionEvent[];
  /**
   * Where this run's library counter starts (the host's start time): a client that kept a
   * seq from an earlier run never mistakes it for this run's, and reloads.
   */
  libraryStartSeq: number;
};

type CounterTopic = 'library' | 'lan';
/** The notice a counter topic sends; `id` says which exercise changed (null: reload all). */
const counterEvent = (topic: CounterTopic, seq: number, id: string | null = null): TopicEvent =>
  topic === 'library'
    ? { topic, seq, name: 'library.changed', payload: { id, seq } }
    : { topic, seq, name: 'lan.changed', payload: { seq } };

export type Subscriber = {
  /** Starts (or restarts) a topic after `afterSeq`: what came since is sent first. */
  subscribe(topic: Topic, afterSeq: number): { seq: number };
  close(): void;
};

/** The person a guest connection stands for (participant, waiting, evaluator, controller), or null. */
function personOf(principal: Principal): string | null {
  switch (principal.kind) {
    case 'participant':
    case 'waiting':
      return principal.participantId;
    case 'evaluator':
      return principal.evaluatorId;
    case 'controller':
      return principal.staffId;
    default:
      return null;
  }
}

/** The audience mayReceive knows, or null: a guest who has not joined receives nothing. */
function audienceOf(principal: Principal): Audience | null {
  switch (principal.kind) {
    case 'staff':
      return { kind: 'staff', id: principal.staffId };
    case 'evaluator':
      return { kind: 'evaluator', id: principal.evaluatorId };
    case 'controller':
      return { kind: 'controller', id: principal.staffId };
    case 'participant':
      return { kind: 'participant', id: principal.participantId, teamId: principal.teamId };
    case 'waiting':
      return { kind: 'waiting', id: principal.participantId };
    case 'projector':
      return { kind: 'projector' };
    case 'guest':
      return null;
  }
}

export function createSubscriptionHub(deps: SubscriptionDeps) {
  /** Library and LAN changes have no log: a counter each for this run of the host. */
  const counters: Record<CounterTopic, number> = { library: deps.libraryStartSeq, lan: deps.libraryStartSeq };
  const subscribers = new Set<{
    onCounter(topic: CounterTopic, id: string | null): void;
    onSession(sessionId: string): void;
    onPresence(payload: { sessionId: string }): void;
  }>();

  deps.bus.subscribe((name, payload) => {
    if (name === 'library.changed' || name === 'lan.changed') {
      const topic = name === 'library.changed' ? 'library' : 'lan';
      counters[topic] += 1;
      const id = (payload as { id?: string | null }).id ?? null;
      for (const s of [...subscribers]) s.onCounter(topic, id);
    } else if (name === 'session.changed') {
      for (const s of [...subscribers]) s.onSession((payload as { sessionId: string }).sessionId);
    } else if (name === 'session.presence') {
      for (const s of [...subscribers]) s.onPresence(payload as { sessionId: string });
    }
  });

  return {
    /** The library's (or the LAN's) counter now: what a staff subscription would be told. */
    counter(topic: CounterTopic): number {
      return counters[topic];
    },
    open(principal: () => Principal, send: (event: TopicEvent) => void): Subscriber {
      /** The counter topics this connection follows (staff only). */
      const following = new Set<CounterTopic>();
      /** Per session subscribed: the last seq this connection has been sent (or skipped). */
      const sessions = new Map<string, number>();
      /**
       * Who this connection was last seen to be. Removed, it is a stranger at once (its
       * principal is worked out anew), so it would hear nothing of its own removal: that
       * one notice is still sent, and its screen, refused on its next call, says why.
       */
      let person: string | null = null;
      const wasRemoved = (event: SessionEvent) =>
        event.type === 'participant_removed' && person !== null && event.participantId === person;

      function pump(sessionId: string) {
        for (;;) {
          const after = sessions.get(sessionId);
          if (after === undefined) return;
          const page = deps.sessionEvents(sessionId, after, SESSION_EVENTS_PAGE_MAX);
          if (page.length === 0) return;
          const state = deps.sessionState(sessionId);
          for (const event of page) {
            sessions.set(sessionId, event.seq);
            const who = principal();
            const audience = audienceOf(who);
            person = personOf(who) ?? person;
            // The contract lets a guest subscribe to its own session only; checked again
            // here, so a principal that changed session since is sent nothing of the old one.
            const belongs = audience !== null && (who.kind === 'staff' || sessionOf(who) === sessionId);
            if (!(belongs && mayReceive(audience, event, state)) && !wasRemoved(event)) continue;
            send({
              topic: { session: sessionId },
              seq: event.seq,
              name: 'session.changed',
              payload: { sessionId, seq: event.seq },
            });
          }
        }
      }

      const subscriber = {
        onCounter(topic: CounterTopic, id: string | null) {
          if (following.has(topic) && principal().kind === 'staff') send(counterEvent(topic, counters[topic], id));
        },
        onSession(sessionId: string) {
          pump(sessionId);
        },
        /**
         * Who is connected is for the control cell only (staff, and the session's own
         * controllers), and only for a session it follows.
         */
        onPresence(payload: { sessionId: string }) {
          const who = principal();
          const control = who.kind === 'staff' || (who.kind === 'controller' && who.sessionId === payload.sessionId);
          if (sessions.has(payload.sessionId) && control)
            send({ topic: { session: payload.sessionId }, name: 'session.presence', payload });
        },
      };
      subscribers.add(subscriber);

      return {
        subscribe(topic, afterSeq) {
          if (topic === 'library' || topic === 'lan') {
            following.add(topic);
            // No log to replay: a client that missed changes (or kept a seq from an earlier
            // run of the host) reloads. 0 is a client that has just loaded everything.
            // (Staff only, as every counter event: the contract already refuses the others.)
            const stale = afterSeq !== 0 && afterSeq !== counters[topic];
            if (stale && principal().kind === 'staff') send(counterEvent(topic, counters[topic]));
            return { seq: counters[topic] };
          }
          const lastSeq = deps.sessionState(topic.session).lastSeq;
          person = personOf(principal());
          sessions.set(topic.session, Math.min(afterSeq, lastSeq));
          pump(topic.session);
          return { seq: lastSeq };
        },
        close() {
          subscribers.delete(subscriber);
        },
      };
    },
  };
}
export type SubscriptionHub = ReturnType<typeof createSubscriptionHub>;
