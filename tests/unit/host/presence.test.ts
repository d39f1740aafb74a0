import { describe, expect, it } from 'vitest';
import { createPresenceTracker, presenceOf } from '../../../electron/host/presence';
import type { Principal } from '../../../shared/api/principal';

const S1 = '00000000-0000-4000-8000-000000000001';
const S2 = '00000000-0000-4000-8000-000000000002';

describe('presenceOf', () => {
  it('counts each person of the session by id, whatever they are now, and the projectors', () => {
    const principals: Principal[] = [
      { kind: 'participant', sessionId: S1, participantId: 'p1', teamId: 'A' },
      { kind: 'participant', sessionId: S1, participantId: 'p1', teamId: 'A' }, // a second device
      { kind: 'waiting', sessionId: S1, participantId: 'p2' },
      { kind: 'evaluator', sessionId: S1, evaluatorId: 'e1' },
      { kind: 'controller', sessionId: S1, staffId: 'c1' },
      { kind: 'projector', sessionId: S1 },
      // Not of this session, or of none: never counted.
      { kind: 'participant', sessionId: S2, participantId: 'p9', teamId: 'A' },
      { kind: 'projector', sessionId: S2 },
      { kind: 'controller', sessionId: S2, staffId: 'c9' },
      { kind: 'guest' },
      { kind: 'staff', staffId: 'fac' },
    ];
    expect(presenceOf(S1, principals)).toEqual({ people: { p1: 2, p2: 1, e1: 1, c1: 1 }, projectors: 1 });
    expect(presenceOf(S2, principals)).toEqual({ people: { p9: 1, c9: 1 }, projectors: 1 });
  });
});

describe('the presence tracker', () => {
  it('asks each connection what it is now, and tells which session changed on bind and close', () => {
    const told: string[] = [];
    const tracker = createPresenceTracker((sessionId) => told.push(sessionId));
    let first: Principal = { kind: 'guest' };
    tracker.open('1', () => first);
    tracker.open('2', () => ({ kind: 'projector', sessionId: S1 }));
    expect(tracker.of(S1)).toEqual({ people: {}, projectors: 1 });

    // Joining binds the connection: counted from now on, and staff are told.
    first = { kind: 'waiting', sessionId: S1, participantId: 'p1' };
    tracker.changed(S1);
    expect(tracker.of(S1)).toEqual({ people: { p1: 1 }, projectors: 1 });
    // Admitted: the same person, now a participant, still counted once.
    first = { kind: 'participant', sessionId: S1, participantId: 'p1', teamId: 'A' };
    expect(tracker.of(S1).people).toEqual({ p1: 1 });

    tracker.close('1', S1);
    expect(tracker.of(S1)).toEqual({ people: {}, projectors: 1 });
    // A second close of the same connection changes nothing and tells no one.
    tracker.close('1', S1);
    tracker.changed(null);
    expect(told).toEqual([S1, S1]);
  });

  it('a removed person (a guest again) is no longer counted', () => {
    const tracker = createPresenceTracker(() => {});
    let now: Principal = { kind: 'participant', sessionId: S1, participantId: 'p1', teamId: 'A' };
    tracker.open('1', () => now);
    expect(tracker.of(S1).people).toEqual({ p1: 1 });
    now = { kind: 'guest' };
    expect(tracker.of(S1).people).toEqual({});
  });
});
