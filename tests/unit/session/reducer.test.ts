import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import { reduce, replay, stampEvent } from '../../../shared/session/reducer';
import { SESSION_EVENT_TYPES, sessionEventSchema, type SessionEvent } from '../../../shared/session/events';
import { EVALUATOR, exerciseFixture, FACILITATOR, participant, scribeFor, SessionLog, SYSTEM } from './fixtures';

function refusedWith(key: string, fn: () => unknown) {
  expect(fn).toThrow(DomainError);
  expect(fn).toThrow(expect.objectContaining({ messageKey: key }));
}

/** A session whose clock has run to T+00:02:30: injects 1 and 2 were released by the schedule. */
function liveAt150s() {
  const log = new SessionLog();
  log.append({ type: 'clock_started' });
  log.tick(150_000).releaseDue();
  return log;
}

function admitted(log: SessionLog, personId: string, teamId: string) {
  log.append(
    {
      type: 'participant_joined',
      participantId: personId,
      name: 'Lan',
      requestedTeamId: teamId,
      requestedRole: 'team',
    },
    { kind: 'participant', id: personId },
  );
  log.append({ type: 'participant_admitted', participantId: personId, teamId });
}

describe('creating a session', () => {
  it('freezes the exercise, keeps only the teams taking part, and waits in the lobby', () => {
    const log = new SessionLog(exerciseFixture(), ['B', 'A'], true);
    expect(log.state).toMatchObject({ status: 'lobby', rehearsal: true, joinCode: 'K7MQ2X', lastSeq: 1 });
    expect(log.state.teams.map((t) => t.id)).toEqual(['B', 'A']);
    expect(log.state.injectOrder).toEqual(['i1', 'i2', 'i3', 'c1', 'i4', 'i5', 'i6']);
    expect(Object.values(log.state.injects).every((si) => si.status === 'pending')).toBe(true);
  });

  it('refuses a team the exercise does not have, and a first event that creates nothing', () => {
    refusedWith('session.errors.unknown_team', () => new SessionLog(exerciseFixture(), ['A', 'Z']));
    const log = new SessionLog();
    refusedWith('session.errors.not_created', () =>
      reduce(undefined, { ...log.events[0]!, type: 'clock_started' } as SessionEvent),
    );
  });

  it('refuses a creator who is not in the control cell', () => {
    const log = new SessionLog();
    const created = { ...log.events[0]!, actor: { kind: 'staff', id: 'stranger' } } as SessionEvent;
    refusedWith('session.errors.actor_not_allowed', () => reduce(undefined, created));
  });
});

describe('the log is append-only and in order', () => {
  it('refuses a gap or a repeat in seq, and monotonic time going back', () => {
    const log = new SessionLog();
    const next = stampEvent(log.state, { type: 'clock_started', at: log.at, mono: log.mono, actor: FACILITATOR });
    refusedWith('session.errors.out_of_order', () => reduce(log.state, { ...next, seq: 3 }));
    refusedWith('session.errors.out_of_order', () => reduce(log.state, { ...next, seq: 1 }));
    refusedWith('session.errors.time_went_back', () => reduce(log.state, { ...next, mono: log.mono - 1 }));
  });

  it('never changes the state it is given', () => {
    const log = liveAt150s();
    const before = structuredClone(log.state);
    const frozen = deepFreeze(log.state);
    const event = stampEvent(frozen, {
      type: 'inject_released',
      injectId: 'i3',
      trigger: 'control',
      at: log.at,
      mono: log.mono,
      actor: FACILITATOR,
    });
    const after = reduce(frozen, event);
    expect(frozen).toEqual(before);
    expect(after.injects.i3?.status).toBe('released');
  });
});

describe('releasing injects', () => {
  it('the schedule releases automatic injects once their time has come, with their recipients', () => {
    const log = liveAt150s();
    expect(log.released()).toEqual(['i1', 'i2']);
    expect(log.state.injects.i1).toMatchObject({
      status: 'released',
      recipientTeamIds: ['A', 'B'],
      released: { scenarioMs: 150_000 },
    });
    // Team C is not taking part, so an inject to C alone reaches nobody; 'all' means the teams present.
    expect(log.state.injects.i2?.recipientTeamIds).toEqual(['A']);
    expect(Object.keys(log.state.board.i2 ?? {})).toEqual(['A']);
  });

  it('never releases an inject twice, nor one that was skipped', () => {
    const log = liveAt150s();
    refusedWith('session.errors.inject_already_released', () =>
      log.append({ type: 'inject_released', injectId: 'i1', trigger: 'control' }),
    );
    log.append({ type: 'inject_skipped', injectId: 'i4' });
    refusedWith('session.errors.inject_skipped', () =>
      log.append({ type: 'inject_released', injectId: 'i4', trigger: 'control' }),
    );
    expect(log.released()).toEqual(['i1', 'i2']);
  });

  it('the schedule may not release a manual, contingency, held or early inject, and only the host uses it', () => {
    const log = liveAt150s();
    log.tick(300_000); // T+07:30: everything up to T+05:00 is due by time
    log.append({ type: 'inject_held', injectId: 'i5' });
    for (const injectId of ['i3', 'c1', 'i5', 'i6']) {
      refusedWith('session.errors.inject_not_due', () =>
        log.append({ type: 'inject_released', injectId, trigger: 'schedule' }, SYSTEM),
      );
    }
    const fresh = new SessionLog();
    fresh.append({ type: 'clock_started' });
    fresh.tick(59_999);
    refusedWith('session.errors.inject_not_due', () =>
      fresh.append({ type: 'inject_released', injectId: 'i1', trigger: 'schedule' }, SYSTEM),
    );
    refusedWith('session.errors.actor_not_allowed', () =>
      log.append({ type: 'inject_released', injectId: 'i4', trigger: 'control' }, SYSTEM),
    );
  });

  it('a contingency inject stays in reserve until a person plays it', () => {
    const log = liveAt150s();
    log.tick(600_000).releaseDue();
    expect(log.state.injects.c1?.status).toBe('pending');
    log.append({ type: 'inject_released', injectId: 'c1', trigger: 'control' });
    expect(log.state.injects.c1?.status).toBe('released');
  });

  it('a manual inject waits for the facilitator, who may also release early or release a held one', () => {
    const log = liveAt150s();
    log.tick(60_000).releaseDue();
    expect(log.state.injects.i3?.status).toBe('pending');
    log.append({ type: 'inject_held', injectId: 'i4' });
    log.append({ type: 'inject_released', injectId: 'i4', trigger: 'control' });
    log.append({ type: 'inject_released', injectId: 'i6', trigger: 'control' });
    expect(log.released()).toEqual(['i1', 'i2', 'i4', 'i6']);
  });

  it('hold, unhold, skip, re-time and edit happen before release only', () => {
    const log = liveAt150s();
    refusedWith('session.errors.inject_not_held', () => log.append({ type: 'inject_unheld', injectId: 'i4' }));
    log.append({ type: 'inject_held', injectId: 'i4' });
    refusedWith('session.errors.inject_not_pending', () => log.append({ type: 'inject_held', injectId: 'i4' }));
    log.append({ type: 'inject_unheld', injectId: 'i4' });
    log.append({ type: 'inject_retimed', injectId: 'i4', offsetSec: 900 });
    const edited = { ...log.state.injects.i5!.inject, title: 'Two hoses burst' };
    log.append({ type: 'inject_edited', inject: edited });
    expect(log.state.injects.i4?.inject.offsetSec).toBe(900);
    expect(log.state.injects.i5?.inject.title).toBe('Two hoses burst');
    for (const body of [
      { type: 'inject_held', injectId: 'i1' },
      { type: 'inject_skipped', injectId: 'i1' },
      { type: 'inject_retimed', injectId: 'i1', offsetSec: 5 },
      { type: 'inject_edited', inject: log.state.injects.i1!.inject },
    ] as const) {
      refusedWith('session.errors.inject_already_released', () => log.append(body));
    }
    refusedWith('session.errors.unknown_inject', () => log.append({ type: 'inject_held', injectId: 'nope' }));
  });

  it('an ad-hoc inject is added during play, then released like any other', () => {
    const log = liveAt150s();
    const inject = { ...log.state.injects.i3!.inject, id: 'x1', number: 'X1', title: 'Journalists at the gate' };
    log.append({ type: 'inject_added', inject });
    log.append({ type: 'inject_released', injectId: 'x1', trigger: 'control' });
    expect(log.state.injects.x1).toMatchObject({ adHoc: true, status: 'released', recipientTeamIds: ['B'] });
    expect(log.state.injectOrder.at(-1)).toBe('x1');
    refusedWith('session.errors.inject_id_taken', () => log.append({ type: 'inject_added', inject }));
  });
});

describe('what teams do', () => {
  it('an admitted member acknowledges and responds for its own team only', () => {
    const log = liveAt150s();
    admitted(log, 'p1', 'A');
    log.tick(10_000);
    log.append({ type: 'inject_seen', injectId: 'i2', teamId: 'A' }, participant('p1', 'A'));
    log.append({ type: 'inject_acknowledged', injectId: 'i2', teamId: 'A' }, participant('p1', 'A'));
    log.append(
      { type: 'inject_responded', injectId: 'i2', teamId: 'A', text: 'Road closed', decision: 0 },
      participant('p1', 'A'),
    );
    expect(log.state.board.i2?.A).toMatchObject({
      seen: { scenarioMs: 160_000 },
      acknowledged: { scenarioMs: 160_000, enteredBy: 'team' },
      responses: [{ text: 'Road closed', decision: 0, enteredBy: 'team' }],
    });
    refusedWith('session.errors.not_your_team', () =>
      log.append({ type: 'inject_acknowledged', injectId: 'i1', teamId: 'B' }, participant('p1', 'A')),
    );
    refusedWith('session.errors.participant_not_admitted', () =>
      log.append({ type: 'inject_acknowledged', injectId: 'i1', teamId: 'A' }, participant('p9', 'A')),
    );
    refusedWith('session.errors.inject_not_for_team', () =>
      log.append({ type: 'inject_acknowledged', injectId: 'i3', teamId: 'A' }, participant('p1', 'A')),
    );
    refusedWith('session.errors.decision_invalid', () =>
      log.append(
        { type: 'inject_responded', injectId: 'i2', teamId: 'A', text: '', decision: 2 },
        participant('p1', 'A'),
      ),
    );
  });

  it('a scribe enters a team’s words, marked as entered by the scribe; sight and acknowledgement keep their first time', () => {
    const log = liveAt150s();
    log.append({ type: 'inject_acknowledged', injectId: 'i1', teamId: 'B' }, scribeFor('B'));
    log.tick(5_000);
    log.append({ type: 'inject_acknowledged', injectId: 'i1', teamId: 'B' }, scribeFor('B'));
    log.append({ type: 'inject_delivered', injectId: 'i1', teamId: 'B' }, SYSTEM);
    log.tick(5_000);
    log.append({ type: 'inject_delivered', injectId: 'i1', teamId: 'B' }, SYSTEM);
    expect(log.state.board.i1?.B).toMatchObject({
      acknowledged: { scenarioMs: 150_000, enteredBy: 'scribe' },
      delivered: { scenarioMs: 155_000 },
    });
    refusedWith('session.errors.actor_not_allowed', () =>
      log.append(
        { type: 'inject_acknowledged', injectId: 'i1', teamId: 'B' },
        { kind: 'scribe', id: 'stranger', teamId: 'B' },
      ),
    );
  });

  it('messages to the control cell are answered in place, once', () => {
    const log = liveAt150s();
    log.append({ type: 'message_sent', messageId: 'm1', teamId: 'B', text: 'Need foam' }, scribeFor('B'));
    log.append({ type: 'message_answered', messageId: 'm1', text: 'Foam truck in 10 min' });
    expect(log.state.messages).toMatchObject([
      {
        id: 'm1',
        teamId: 'B',
        sent: { enteredBy: 'scribe' },
        answer: { text: 'Foam truck in 10 min', staffId: 'fac' },
      },
    ]);
    refusedWith('session.errors.message_already_answered', () =>
      log.append({ type: 'message_answered', messageId: 'm1', text: 'Again' }),
    );
    refusedWith('session.errors.unknown_message', () =>
      log.append({ type: 'message_answered', messageId: 'm2', text: 'Hm' }),
    );
  });

  it('participants wait, are admitted, moved and removed, and may ask again', () => {
    const log = liveAt150s();
    log.append(
      { type: 'participant_joined', participantId: 'p1', name: 'Lan', requestedTeamId: 'A', requestedRole: 'team' },
      { kind: 'participant', id: 'p1' },
    );
    expect(log.state.participants.p1).toMatchObject({ status: 'waiting', teamId: null, requestedTeamId: 'A' });
    refusedWith('session.errors.participant_not_admitted', () =>
      log.append({ type: 'participant_moved', participantId: 'p1', teamId: 'B' }),
    );
    log.append({ type: 'participant_admitted', participantId: 'p1', teamId: 'A' });
    log.append({ type: 'participant_moved', participantId: 'p1', teamId: 'B' });
    expect(log.state.participants.p1).toMatchObject({ status: 'admitted', teamId: 'B' });
    refusedWith('session.errors.unknown_team', () =>
      log.append({ type: 'participant_moved', participantId: 'p1', teamId: 'C' }),
    );
    log.append({ type: 'participant_removed', participantId: 'p1' });
    refusedWith('session.errors.participant_not_admitted', () =>
      log.append({ type: 'inject_acknowledged', injectId: 'i1', teamId: 'B' }, participant('p1', 'B')),
    );
    log.append(
      { type: 'participant_joined', participantId: 'p1', name: 'Lan', requestedTeamId: null, requestedRole: 'team' },
      { kind: 'participant', id: 'p1' },
    );
    expect(log.state.participants.p1?.status).toBe('waiting');
    refusedWith('session.errors.actor_not_allowed', () =>
      log.append(
        { type: 'participant_joined', participantId: 'p2', name: 'X', requestedTeamId: null, requestedRole: 'team' },
        { kind: 'participant', id: 'p3' },
      ),
    );
  });
});

describe('admitting an evaluator', () => {
  function waiting(log: SessionLog, id: string, requestedRole: 'team' | 'evaluator') {
    log.append(
      { type: 'participant_joined', participantId: id, name: 'Mai', requestedTeamId: null, requestedRole },
      { kind: 'participant', id },
    );
  }

  it('keeps the role asked for, and admits as an evaluator with no team', () => {
    const log = liveAt150s();
    waiting(log, 'e1', 'evaluator');
    expect(log.state.participants.e1).toMatchObject({ status: 'waiting', requestedRole: 'evaluator', role: 'team' });
    log.append({ type: 'participant_admitted', participantId: 'e1', teamId: null, role: 'evaluator' });
    expect(log.state.participants.e1).toMatchObject({ status: 'admitted', role: 'evaluator', teamId: null });
    // Admitted once: a second admission is refused, as for a team member.
    refusedWith('session.errors.participant_not_waiting', () =>
      log.append({ type: 'participant_admitted', participantId: 'e1', teamId: null, role: 'evaluator' }),
    );
  });

  it('an evaluator speaks for no team', () => {
    const log = liveAt150s();
    waiting(log, 'e1', 'evaluator');
    log.append({ type: 'participant_admitted', participantId: 'e1', teamId: null, role: 'evaluator' });
    refusedWith('session.errors.participant_not_admitted', () =>
      log.append({ type: 'inject_acknowledged', injectId: 'i1', teamId: 'A' }, participant('e1', 'A')),
    );
  });

  it('refuses a team member admitted without a team, and leaves the person waiting', () => {
    const log = liveAt150s();
    waiting(log, 'p1', 'team');
    refusedWith('session.errors.team_required', () =>
      log.append({ type: 'participant_admitted', participantId: 'p1', teamId: null }),
    );
    expect(log.state.participants.p1).toMatchObject({ status: 'waiting', teamId: null });
  });

  it('moving an evaluator into a team makes them a member of it; removing works for either', () => {
    const log = liveAt150s();
    waiting(log, 'e1', 'evaluator');
    log.append({ type: 'participant_admitted', participantId: 'e1', teamId: null, role: 'evaluator' });
    log.append({ type: 'participant_moved', participantId: 'e1', teamId: 'B' });
    expect(log.state.participants.e1).toMatchObject({ status: 'admitted', role: 'team', teamId: 'B' });
    log.append({ type: 'participant_removed', participantId: 'e1' });
    expect(log.state.participants.e1).toMatchObject({ status: 'removed', teamId: null });
  });
});

describe('roles', () => {
  it('participants and evaluators cannot steer; the host cannot act as a person', () => {
    const log = liveAt150s();
    refusedWith('session.errors.actor_not_allowed', () => log.append({ type: 'clock_paused' }, participant('p1', 'A')));
    refusedWith('session.errors.actor_not_allowed', () =>
      log.append({ type: 'inject_released', injectId: 'i3', trigger: 'control' }, EVALUATOR),
    );
    refusedWith('session.errors.actor_not_allowed', () => log.append({ type: 'clock_paused' }, SYSTEM));
    refusedWith('session.errors.actor_not_allowed', () =>
      log.append(
        {
          type: 'observation_recorded',
          observationId: 'o1',
          teamId: 'A',
          injectId: null,
          capabilityId: null,
          rating: 'P',
          text: '',
        },
        FACILITATOR,
      ),
    );
  });
});

describe('the end', () => {
  it('an ended session stops its clock and takes only evaluators’ observations; an aborted one takes nothing', () => {
    const log = liveAt150s();
    log.append({ type: 'session_ended' });
    log.tick(60_000);
    expect(log.state).toMatchObject({
      status: 'ended',
      ended: { scenarioMs: 150_000 },
      clock: { running: false, anchorMs: 150_000 },
    });
    refusedWith('session.errors.finished', () =>
      log.append({ type: 'inject_released', injectId: 'i3', trigger: 'control' }),
    );
    refusedWith('session.errors.finished', () => log.append({ type: 'clock_resumed' }));
    log.append(
      {
        type: 'observation_recorded',
        observationId: 'o1',
        teamId: 'A',
        injectId: 'i2',
        capabilityId: null,
        rating: 'S',
        text: 'Slow to close the road',
      },
      EVALUATOR,
    );
    expect(log.state.observations).toHaveLength(1);

    const aborted = liveAt150s();
    aborted.append({ type: 'session_aborted', reason: 'Real fire alarm' });
    refusedWith('session.errors.finished', () =>
      aborted.append(
        {
          type: 'observation_recorded',
          observationId: 'o1',
          teamId: 'A',
          injectId: null,
          capabilityId: null,
          rating: null,
          text: '',
        },
        EVALUATOR,
      ),
    );
  });
});

describe('replay', () => {
  it('rebuilds exactly the state the events produced one by one', () => {
    const log = liveAt150s();
    log.append({ type: 'inject_acknowledged', injectId: 'i1', teamId: 'B' }, scribeFor('B'));
    log.append({ type: 'clock_paused' });
    expect(replay(log.events)).toEqual(log.state);
  });

  it('refuses an empty log', () => {
    refusedWith('session.errors.not_created', () => replay([]));
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('event schemas', () => {
  it('lists every event type once, and refuses an event of no known type', () => {
    expect(new Set(SESSION_EVENT_TYPES).size).toBe(SESSION_EVENT_TYPES.length);
    expect(SESSION_EVENT_TYPES).toEqual(
      expect.arrayContaining(['session_created', 'clock_recovered', 'observation_recorded']),
    );
    const log = new SessionLog();
    expect(sessionEventSchema.safeParse({ ...log.events[0], type: 'inject_teleported' }).success).toBe(false);
    expect(sessionEventSchema.safeParse({ ...log.events[0], seq: 0 }).success).toBe(false);
  });
});
