// The LAN's topic in the subscription hub: a counter like the library's, staff only, and
// a client holding a seq that is not the current one is told to ask again.
import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../electron/host/events';
import { createSubscriptionHub, type TopicEvent } from '../../../electron/host/subscriptions';
import type { Principal } from '../../../shared/api/principal';
import type { SessionState } from '../../../shared/session/state';

function setup() {
  const bus = createEventBus();
  const hub = createSubscriptionHub({
    bus,
    sessionState: () => ({ lastSeq: 0 }) as SessionState,
    sessionEvents: () => [],
    libraryStartSeq: 1_000,
  });
  const open = (principal: Principal) => {
    const sent: TopicEvent[] = [];
    const subscriber = hub.open(
      () => principal,
      (event) => sent.push(event),
    );
    return { sent, subscriber };
  };
  return { bus, open };
}

const STAFF: Principal = { kind: 'staff', staffId: 'desktop' };

describe('the lan topic', () => {
  it('sends each change to staff who follow it, numbered, and nothing of the library', () => {
    const t = setup();
    const staff = t.open(STAFF);
    const other = t.open(STAFF);
    expect(staff.subscriber.subscribe('lan', 0)).toEqual({ seq: 1_000 });
    t.bus.publish('lan.changed', {});
    t.bus.publish('library.changed', { id: null });
    t.bus.publish('lan.changed', {});
    expect(staff.sent).toEqual([
      { topic: 'lan', seq: 1_001, name: 'lan.changed', payload: { seq: 1_001 } },
      { topic: 'lan', seq: 1_002, name: 'lan.changed', payload: { seq: 1_002 } },
    ]);
    expect(other.sent).toEqual([]); // it never asked
  });

  it('tells a client with a stale seq to ask again, and one that is current nothing', () => {
    const t = setup();
    t.bus.publish('lan.changed', {});
    const current = t.open(STAFF);
    current.subscriber.subscribe('lan', 1_001);
    expect(current.sent).toEqual([]);
    const stale = t.open(STAFF);
    stale.subscriber.subscribe('lan', 42);
    expect(stale.sent).toEqual([{ topic: 'lan', seq: 1_001, name: 'lan.changed', payload: { seq: 1_001 } }]);
  });

  it('sends nothing to anyone but staff, whatever they subscribed', () => {
    const t = setup();
    const participant = t.open({
      kind: 'participant',
      sessionId: '00000000-0000-4000-8000-000000000001',
      participantId: 'p1',
      teamId: 't1',
    });
    participant.subscriber.subscribe('lan', 0);
    t.bus.publish('lan.changed', {});
    participant.subscriber.subscribe('lan', 7);
    expect(participant.sent).toEqual([]);
  });
});
