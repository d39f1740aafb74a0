import { describe, expect, it } from 'vitest';
import { statusBoard } from '../../../shared/session/statusBoard';
import { viewForStaff, viewForTeam } from '../../../shared/session/visibility';
import { participant, scribeFor, SessionLog, SYSTEM } from './fixtures';

/** Injects 1 (to A and B, no time limit) and 2 (to A, 5 minutes) released at T+02:30. */
function released() {
  const log = new SessionLog();
  log.append({ type: 'clock_started' });
  log.tick(150_000).releaseDue();
  return log;
}

describe('status board', () => {
  it('has one cell per released inject and recipient team, in MSEL order', () => {
    const log = released();
    expect(statusBoard(log.state, 150_000).map((c) => `${c.injectId}/${c.teamId}`)).toEqual(['i1/A', 'i1/B', 'i2/A']);
  });

  it('follows a team from delivery to response, marking what a scribe entered', () => {
    const log = released();
    log.tick(1_000).append({ type: 'inject_delivered', injectId: 'i2', teamId: 'A' }, SYSTEM);
    log.tick(1_000).append({ type: 'inject_seen', injectId: 'i2', teamId: 'A' }, scribeFor('A'));
    log.tick(1_000).append({ type: 'inject_acknowledged', injectId: 'i2', teamId: 'A' }, scribeFor('A'));
    log
      .tick(1_000)
      .append(
        { type: 'inject_responded', injectId: 'i2', teamId: 'A', text: 'Closing', decision: null },
        scribeFor('A'),
      );
    const cell = statusBoard(log.state, 160_000).find((c) => c.injectId === 'i2')!;
    expect(cell).toMatchObject({
      released: { scenarioMs: 150_000 },
      delivered: { scenarioMs: 151_000 },
      seen: { scenarioMs: 152_000 },
      acknowledged: { scenarioMs: 153_000, enteredBy: 'scribe' },
      responded: { scenarioMs: 154_000, enteredBy: 'scribe' },
      responseCount: 1,
      dueAtMs: 450_000,
      overdue: false,
      late: false,
    });
  });

  it('is overdue once the shortest time limit has passed with no response, and late when the response came after', () => {
    const log = released();
    const cell = (now: number) => statusBoard(log.state, now).find((c) => c.injectId === 'i2' && c.teamId === 'A')!;
    expect(cell(450_000)).toMatchObject({ dueAtMs: 450_000, overdue: false });
    expect(cell(450_001)).toMatchObject({ overdue: true, late: false });
    expect(
      statusBoard(log.state, 10_000_000)
        .filter((c) => c.injectId === 'i1')
        .every((c) => !c.overdue && c.dueAtMs === null),
    ).toBe(true);
    log
      .tick(300_001)
      .append({ type: 'inject_responded', injectId: 'i2', teamId: 'A', text: 'Late', decision: null }, scribeFor('A'));
    expect(cell(500_000)).toMatchObject({ overdue: false, late: true, responded: { scenarioMs: 450_001 } });
  });
});

describe('views', () => {
  it('a team’s inbox shows its injects with its own progress and its messages with their answers', () => {
    const log = released();
    log.append(
      { type: 'participant_joined', participantId: 'p1', name: 'Lan', requestedTeamId: 'A', requestedRole: 'team' },
      { kind: 'participant', id: 'p1' },
    );
    log.append({ type: 'participant_admitted', participantId: 'p1', teamId: 'A' });
    log.append({ type: 'inject_acknowledged', injectId: 'i2', teamId: 'A' }, participant('p1', 'A'));
    log.append({ type: 'message_sent', messageId: 'm1', teamId: 'A', text: 'Which gate?' }, participant('p1', 'A'));
    log.append({ type: 'message_sent', messageId: 'm2', teamId: 'B', text: 'Need foam' }, scribeFor('B'));
    log.append({ type: 'message_answered', messageId: 'm1', text: 'Gate 3' });
    log.append({ type: 'phase_started', phaseId: 'p1' });
    log.tick(5_000);
    const view = viewForTeam(log.state, 'A', log.mono);
    expect(view.clock).toEqual({ started: true, running: true, speed: 1, scenarioMs: 155_000 });
    expect(view.phase).toEqual({ id: 'p1', name: 'Alarm' });
    expect(view.injects.map((i) => [i.id, i.seen, i.acknowledged?.enteredBy ?? null])).toEqual([
      ['i1', false, null],
      ['i2', false, 'team'],
    ]);
    expect(view.messages).toEqual([
      {
        id: 'm1',
        text: 'Which gate?',
        sent: { at: expect.any(String), scenarioMs: 150_000, enteredBy: 'team' },
        answer: { text: 'Gate 3', answered: { at: expect.any(String), scenarioMs: 150_000 } },
      },
    ]);
  });

  it('the console shows the recovery notice, the next inject and the join code', () => {
    const log = released();
    log.append({ type: 'clock_recovered', reachedMs: 150_400 }, SYSTEM);
    const view = viewForStaff(log.state, log.mono);
    expect(view.recoveries).toEqual([{ at: expect.any(String), scenarioMs: 150_400 }]);
    expect(view.clock).toMatchObject({ running: false, scenarioMs: 150_400 });
    expect(view.next).toEqual({ injectId: 'i4', atMs: 300_000, wallDelayMs: null });
    expect(view.joinCode).toBe('K7MQ2X');
  });
});
