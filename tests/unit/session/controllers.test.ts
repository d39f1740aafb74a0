// A controller joins with the code like anyone else and, once the facilitator admits them
// as such, runs the session as a member of its staff, until moved into a team or removed.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import { sessionCommandSchema, type SessionCommandInput } from '../../../shared/session/commands';
import { controllerMayCommand } from '../../../shared/session/controllerRights';
import { sessionEventSchema } from '../../../shared/session/events';
import { replay } from '../../../shared/session/reducer';
import { SessionLog } from './fixtures';

function refusedWith(key: string, fn: () => unknown) {
  expect(fn).toThrow(DomainError);
  expect(fn).toThrow(expect.objectContaining({ messageKey: key }));
}

const CONTROLLER = { kind: 'staff' as const, id: 'c1' };

function controllerAdmitted(): SessionLog {
  const log = new SessionLog();
  log.append(
    {
      type: 'participant_joined',
      participantId: 'c1',
      name: 'Hùng',
      requestedTeamId: null,
      requestedRole: 'controller',
    },
    { kind: 'participant', id: 'c1' },
  );
  log.append({ type: 'participant_admitted', participantId: 'c1', teamId: null, role: 'controller' });
  return log;
}

describe('admitting a controller', () => {
  it('keeps the role asked for while waiting, then admits with no team and adds them to the staff', () => {
    const log = new SessionLog();
    log.append(
      {
        type: 'participant_joined',
        participantId: 'c1',
        name: 'Hùng',
        requestedTeamId: null,
        requestedRole: 'controller',
      },
      { kind: 'participant', id: 'c1' },
    );
    expect(log.state.participants.c1).toMatchObject({ status: 'waiting', requestedRole: 'controller' });
    // Waiting is not controlling.
    refusedWith('session.errors.actor_not_allowed', () => log.append({ type: 'clock_started' }, CONTROLLER));
    log.append({ type: 'participant_admitted', participantId: 'c1', teamId: null, role: 'controller' });
    expect(log.state.participants.c1).toMatchObject({ status: 'admitted', role: 'controller', teamId: null });
    expect(log.state.staff).toEqual([
      { id: 'fac', name: 'Facilitator', role: 'facilitator' },
      { id: 'c1', name: 'Hùng', role: 'controller' },
    ]);
  });

  it('lets the controller act as staff, and as a scribe for a team', () => {
    const log = controllerAdmitted();
    log.append({ type: 'clock_started' }, CONTROLLER);
    log.tick(1_000);
    const released = log.append({ type: 'inject_released', injectId: 'i3', trigger: 'control' }, CONTROLLER);
    expect(released.actor).toEqual(CONTROLLER);
    expect(log.state.injects.i3?.status).toBe('released');
    log.append({ type: 'inject_acknowledged', injectId: 'i3', teamId: 'B' }, { kind: 'scribe', id: 'c1', teamId: 'B' });
    expect(log.state.board.i3?.B?.acknowledged).not.toBeNull();
  });

  it('ends their rights once moved into a team, keeping the staff entry for the record', () => {
    const log = controllerAdmitted();
    log.append({ type: 'participant_moved', participantId: 'c1', teamId: 'A' });
    expect(log.state.participants.c1).toMatchObject({ status: 'admitted', role: 'team', teamId: 'A' });
    expect(log.state.staff.some((s) => s.id === 'c1')).toBe(true);
    refusedWith('session.errors.actor_not_allowed', () => log.append({ type: 'clock_started' }, CONTROLLER));
    refusedWith('session.errors.actor_not_allowed', () =>
      log.append(
        { type: 'inject_acknowledged', injectId: 'i1', teamId: 'A' },
        { kind: 'scribe', id: 'c1', teamId: 'A' },
      ),
    );
  });

  it('ends their rights once removed', () => {
    const log = controllerAdmitted();
    log.append({ type: 'clock_started' }, CONTROLLER);
    log.append({ type: 'participant_removed', participantId: 'c1' });
    expect(log.state.participants.c1?.status).toBe('removed');
    refusedWith('session.errors.actor_not_allowed', () => log.append({ type: 'clock_paused' }, CONTROLLER));
    // The facilitator still runs the session.
    log.append({ type: 'clock_paused' });
    expect(log.state.clock.running).toBe(false);
  });

  it('moves and removes team members and evaluators, but never a controller, itself included', () => {
    const log = controllerAdmitted();
    log.join('t1', 'team');
    log.join('c2', 'controller');
    log.append({ type: 'participant_admitted', participantId: 't1', teamId: 'A', role: 'team' }, CONTROLLER);
    log.append({ type: 'participant_admitted', participantId: 'c2', teamId: null, role: 'controller' });
    log.append({ type: 'participant_moved', participantId: 't1', teamId: 'B' }, CONTROLLER);
    for (const target of ['c1', 'c2']) {
      refusedWith('session.errors.actor_not_allowed', () =>
        log.append({ type: 'participant_moved', participantId: target, teamId: 'A' }, CONTROLLER),
      );
      refusedWith('session.errors.actor_not_allowed', () =>
        log.append({ type: 'participant_removed', participantId: target }, CONTROLLER),
      );
    }
    expect(log.state.participants.c2).toMatchObject({ status: 'admitted', role: 'controller' });
    log.append({ type: 'participant_removed', participantId: 't1' }, CONTROLLER);
    // The owner (the facilitator) still takes control back.
    log.append({ type: 'participant_removed', participantId: 'c2' });
    expect(log.state.participants.c2?.status).toBe('removed');
  });

  it('replays to the same state, and the staff entry is added once', () => {
    const log = controllerAdmitted();
    log.append({ type: 'clock_started' }, CONTROLLER);
    log.append({ type: 'participant_removed', participantId: 'c1' });
    const again = replay(log.events.map((e) => sessionEventSchema.parse(JSON.parse(JSON.stringify(e)))));
    expect(again).toEqual(log.state);
    expect(again.staff.filter((s) => s.id === 'c1')).toHaveLength(1);
  });

  it('reads old logs: no requested role is a team member, no admitted role a team member', () => {
    const joined = sessionEventSchema.parse({
      seq: 2,
      at: '2026-11-01T08:00:00.000Z',
      mono: 1,
      scenarioMs: 0,
      actor: { kind: 'participant', id: 'p1' },
      type: 'participant_joined',
      participantId: 'p1',
      name: 'Lan',
    });
    expect(joined).toMatchObject({ requestedRole: 'team', requestedTeamId: null });
    const log = new SessionLog();
    log.append(
      { type: 'participant_joined', participantId: 'p1', name: 'Lan', requestedTeamId: 'A', requestedRole: 'team' },
      { kind: 'participant', id: 'p1' },
    );
    log.append({ type: 'participant_admitted', participantId: 'p1', teamId: 'A' });
    expect(log.state.participants.p1).toMatchObject({ role: 'team', teamId: 'A' });
    expect(log.state.staff.map((s) => s.id)).toEqual(['fac']);
  });
});

describe('what a controller may command', () => {
  const parse = (command: SessionCommandInput) => sessionCommandSchema.parse(command);
  const inject = { id: 'x1', number: 'X', offsetSec: 0, channel: 'phone', sender: 'Duty', title: 'Ad hoc' } as const;

  it('everything the console does during play', () => {
    const allowed: SessionCommandInput[] = [
      { type: 'start' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'setSpeed', speed: 2 },
      { type: 'jump', toMs: 60_000 },
      { type: 'jumpNext' },
      { type: 'release', injectId: 'i1' },
      { type: 'hold', injectId: 'i1' },
      { type: 'unhold', injectId: 'i1' },
      { type: 'skip', injectId: 'i1' },
      { type: 'retime', injectId: 'i1', offsetSec: 30 },
      { type: 'edit', inject },
      { type: 'addInject', inject },
      { type: 'scribeAcknowledge', injectId: 'i1', teamId: 'A' },
      { type: 'scribeRespond', injectId: 'i1', teamId: 'A' },
      { type: 'scribeMessage', teamId: 'A', messageId: 'm1', text: 'Help' },
      { type: 'answerMessage', messageId: 'm1', text: 'Coming' },
      { type: 'startPhase', phaseId: 'p1' },
      { type: 'raiseQuestion', source: { kind: 'phase', phaseId: 'p1' }, index: 0 },
      { type: 'admitParticipant', participantId: 'p1', teamId: 'A' },
      { type: 'admitParticipant', participantId: 'p1', role: 'evaluator' },
      { type: 'moveParticipant', participantId: 'p1', teamId: 'B' },
      { type: 'removeParticipant', participantId: 'p1' },
    ];
    for (const command of allowed) expect(controllerMayCommand(parse(command)), command.type).toBe(true);
  });

  it('never ends or aborts the session, nor makes another controller', () => {
    expect(controllerMayCommand(parse({ type: 'end' }))).toBe(false);
    expect(controllerMayCommand(parse({ type: 'abort', reason: 'fire alarm' }))).toBe(false);
    expect(controllerMayCommand(parse({ type: 'admitParticipant', participantId: 'p1', role: 'controller' }))).toBe(
      false,
    );
  });
});
