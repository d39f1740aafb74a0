import { describe, expect, it } from 'vitest';
import { projectorState, splitInjects } from '../../../renderer/guest/projectorModel';
import {
  admitCommand,
  AS_CONTROLLER,
  AS_EVALUATOR,
  connectedCount,
  defaultAdmission,
  groupParticipants,
  hasTeamToMoveTo,
  mayChangePerson,
} from '../../../renderer/screens/session/participantsModel';
import type { StaffView } from '../../../shared/session/views';

type Person = StaffView['participants'][number];
const person = (id: string, extra: Partial<Person>): Person => ({
  id,
  name: id,
  requestedTeamId: null,
  requestedRole: 'team',
  status: 'waiting',
  role: 'team',
  teamId: null,
  ...extra,
});
const teams = [
  { id: 'A', name: 'Police', colour: '#336699', agency: '' },
  { id: 'B', name: 'Fire', colour: '#993333', agency: '' },
] as StaffView['teams'];

describe('the participants panel', () => {
  it('groups people: waiting, admitted per team in the teams’ order, evaluators; removed ones nowhere', () => {
    const groups = groupParticipants({
      teams,
      participants: [
        person('w1', {}),
        person('b1', { status: 'admitted', teamId: 'B' }),
        person('a1', { status: 'admitted', teamId: 'A' }),
        person('e1', { status: 'admitted', role: 'evaluator' }),
        person('c1', { status: 'admitted', role: 'controller' }),
        person('gone', { status: 'removed' }),
        person('c-gone', { status: 'removed', role: 'controller' }),
      ],
    });
    expect(groups.waiting.map((p) => p.id)).toEqual(['w1']);
    expect(groups.byTeam.map((g) => [g.teamId, g.people.map((p) => p.id)])).toEqual([
      ['A', ['a1']],
      ['B', ['b1']],
    ]);
    expect(groups.evaluators.map((p) => p.id)).toEqual(['e1']);
    expect(groups.controllers.map((p) => p.id)).toEqual(['c1']);
  });

  it('offers a controller as asked to the owner only; anyone else picks a team for them', () => {
    const asks = person('p', { requestedRole: 'controller' });
    expect(defaultAdmission(asks, teams)).toBe(AS_CONTROLLER);
    expect(defaultAdmission(asks, teams, false)).toBe('A');
    expect(admitCommand('p', AS_CONTROLLER)).toEqual({
      type: 'admitParticipant',
      participantId: 'p',
      role: 'controller',
    });
  });

  it('counts the people with a browser connected', () => {
    const people = [person('c1', {}), person('c2', {}), person('c3', {})];
    expect(connectedCount(people, { people: { c1: 2, c3: 1, other: 1 } })).toBe(2);
    expect(connectedCount(people, null)).toBe(0);
  });

  it('offers to admit as asked: the team asked for, an evaluator, or the first team', () => {
    expect(defaultAdmission(person('p', { requestedTeamId: 'B' }), teams)).toBe('B');
    expect(defaultAdmission(person('p', { requestedRole: 'evaluator', requestedTeamId: 'B' }), teams)).toBe(
      AS_EVALUATOR,
    );
    expect(defaultAdmission(person('p', { requestedTeamId: 'Z' }), teams)).toBe('A');
    expect(defaultAdmission(person('p', {}), [])).toBe(AS_EVALUATOR);
  });

  it('turns the choice into the admit command', () => {
    expect(admitCommand('p', 'B')).toEqual({ type: 'admitParticipant', participantId: 'p', teamId: 'B', role: 'team' });
    expect(admitCommand('p', AS_EVALUATOR)).toEqual({
      type: 'admitParticipant',
      participantId: 'p',
      role: 'evaluator',
    });
  });

  it('offers the owner every change, a controller none to a controller or itself', () => {
    const member = person('a1', { status: 'admitted', teamId: 'A' });
    const evaluator = person('e1', { status: 'admitted', role: 'evaluator' });
    const other = person('c2', { status: 'admitted', role: 'controller' });
    const self = person('c1', { status: 'admitted', role: 'controller' });
    const owner = { isOwner: true, selfId: null };
    const controller = { isOwner: false, selfId: 'c1' };
    expect([member, evaluator, other, self].map((p) => mayChangePerson(p, owner))).toEqual([true, true, true, true]);
    expect([member, evaluator, other, self].map((p) => mayChangePerson(p, controller))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('offers a move only where there is another team to go to', () => {
    expect(hasTeamToMoveTo(person('a1', { teamId: 'A' }), teams)).toBe(true);
    expect(hasTeamToMoveTo(person('a1', { teamId: 'A' }), teams.slice(0, 1))).toBe(false);
    expect(hasTeamToMoveTo(person('e1', { role: 'evaluator' }), teams.slice(0, 1))).toBe(true);
    expect(hasTeamToMoveTo(person('e1', { role: 'evaluator' }), [])).toBe(false);
  });
});

describe('the projector', () => {
  const clock = (started: boolean, running: boolean) => ({ started, running, speed: 1 as const, scenarioMs: 0 });
  it('says whether the exercise waits to start, runs, is paused or is over', () => {
    expect(projectorState({ status: 'lobby', clock: clock(false, false) })).toBe('waiting');
    expect(projectorState({ status: 'live', clock: clock(true, true) })).toBe('running');
    expect(projectorState({ status: 'live', clock: clock(true, false) })).toBe('paused');
    expect(projectorState({ status: 'ended', clock: clock(true, false) })).toBe('ended');
    expect(projectorState({ status: 'aborted', clock: clock(true, true) })).toBe('ended');
  });

  it('shows the newest inject large and the earlier ones newest first', () => {
    const at = (id: string, scenarioMs: number) => ({ id, released: { scenarioMs } });
    expect(splitInjects([at('a', 1), at('c', 3), at('b', 2)])).toEqual({
      newest: at('c', 3),
      earlier: [at('b', 2), at('a', 1)],
    });
    expect(splitInjects([])).toEqual({ newest: null, earlier: [] });
  });
});
