// What the subscription hub pushes to a controller who joined from their own device: what
// staff get for its own session (every notice, presence), nothing of another session, and
// nothing of the library or the LAN.
import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../electron/host/events';
import { createSubscriptionHub, type TopicEvent } from '../../../electron/host/subscriptions';
import type { Principal } from '../../../shared/api/principal';
import type { SessionEvent } from '../../../shared/session/events';
import type { SessionState } from '../../../shared/session/state';

const S1 = '00000000-0000-4000-8000-000000000001';
const S2 = '00000000-0000-4000-8000-000000000002';

const HELD = { type: 'inject_held', injectId: 'i1' } as const;

/** Two sessions whose logs hold one event each: a note no participant may be told of. */
function setup() {
  const bus = createEventBus();
  const logs: Record<string, SessionEvent[]> = { [S1]: [], [S2]: [] };
  const append = (sessionId: string, body: Pick<SessionEvent, 'type'> & Record<string, unknown> = HELD) => {
    const log = logs[sessionId]!;
    log.push({
      seq: log.length + 1,
      at: '2026-11-01T08:00:00.000Z',
      mono: 0,
      scenarioMs: 0,
      actor: { kind: 'staff', id: 'fac' },
      ...body,
    } as SessionEvent);
    bus.publish('session.changed', { sessionId, seq: log.length });
  };
  const hub = createSubscriptionHub({
    bus,
    sessionState: (id) => ({ lastSeq: logs[id]!.length }) as SessionState,
    sessionEvents: (id, after) => logs[id]!.filter((e) => e.seq > after),
    libraryStartSeq: 1_000,
  });
  const open = (principal: Principal) => {
    const sent: TopicEvent[] = [];
    const connection = { principal, sent };
    const subscriber = hub.open(
      () => connection.principal,
      (event) => sent.push(event),
    );
    return Object.assign(connection, { subscriber });
  };
  return { bus, append, open };
}

describe('a controller subscribed to its session', () => {
  it('is sent every notice of it, as staff are, and its presence', () => {
    const t = setup();
    const controller = t.open({ kind: 'controller', sessionId: S1, staffId: 'c1' });
    const participant = t.open({ kind: 'participant', sessionId: S1, participantId: 'p1', teamId: 'A' });
    controller.subscriber.subscribe({ session: S1 }, 0);
    participant.subscriber.subscribe({ session: S1 }, 0);
    t.append(S1);
    const presence = { people: { c1: 1 }, projectors: 0 };
    t.bus.publish('session.presence', { sessionId: S1, presence });
    expect(controller.sent).toEqual([
      { topic: { session: S1 }, seq: 1, name: 'session.changed', payload: { sessionId: S1, seq: 1 } },
      { topic: { session: S1 }, name: 'session.presence', payload: { sessionId: S1, presence } },
    ]);
    // A held inject and who is connected are the control cell's business only.
    expect(participant.sent).toEqual([]);
  });

  it('is sent nothing of another session, the library or the LAN', () => {
    const t = setup();
    // Controller of S2 only; subscribing to S1 is refused by the contract, and even a
    // subscription that got through carries nothing of S1.
    const elsewhere = t.open({ kind: 'controller', sessionId: S2, staffId: 'c9' });
    elsewhere.subscriber.subscribe('library', 0);
    elsewhere.subscriber.subscribe('lan', 5);
    elsewhere.subscriber.subscribe({ session: S1 }, 0);
    t.bus.publish('library.changed', { id: null });
    t.bus.publish('lan.changed', {});
    t.append(S1);
    t.bus.publish('session.presence', { sessionId: S1, presence: { people: {}, projectors: 1 } });
    expect(elsewhere.sent).toEqual([]);
  });

  it('is told of its own removal (and of nothing after), though it is a stranger from then on', () => {
    const t = setup();
    const controller = t.open({ kind: 'controller', sessionId: S1, staffId: 'c1' });
    controller.subscriber.subscribe({ session: S1 }, 0);
    // The connection unbinds as soon as the log says it was removed (connection.ts).
    controller.principal = { kind: 'guest' };
    t.append(S1, { type: 'participant_removed', participantId: 'c1' });
    t.append(S1);
    t.append(S1, { type: 'participant_removed', participantId: 'someone-else' });
    expect(controller.sent).toEqual([
      { topic: { session: S1 }, seq: 1, name: 'session.changed', payload: { sessionId: S1, seq: 1 } },
    ]);
  });
});
