// The first state of a session, from the event that creates it.
import type { EventOf } from './events';
import { CLOCK_NOT_STARTED } from './clock';
import { checkActorIsStaff, refuse } from './guards';
import type { SessionInject, SessionState } from './state';

export function createState(event: EventOf<'session_created'>): SessionState {
  const { exercise } = event;
  checkActorIsStaff({ staff: event.staff, participants: {} }, event.actor.id);
  const teams = event.teamIds.map(
    (id) =>
      exercise.teams.find((t) => t.id === id) ?? refuse('session.errors.unknown_team', { teamId: id }, 'invalid_input'),
  );
  if (new Set(event.teamIds).size !== event.teamIds.length) {
    refuse('session.errors.duplicate_team', {}, 'invalid_input');
  }
  const injects: Record<string, SessionInject> = {};
  for (const inject of exercise.injects) {
    if (injects[inject.id]) refuse('session.errors.inject_id_taken', { injectId: inject.id }, 'invalid_input');
    injects[inject.id] = { inject, adHoc: false, status: 'pending', released: null, recipientTeamIds: [] };
  }
  return {
    sessionId: event.sessionId,
    exercise,
    rehearsal: event.rehearsal,
    joinCode: event.joinCode,
    teams,
    staff: event.staff,
    evaluators: event.evaluators,
    status: 'lobby',
    clock: CLOCK_NOT_STARTED,
    lastSeq: event.seq,
    lastMono: event.mono,
    lastScenarioMs: 0,
    injects,
    injectOrder: exercise.injects.map((i) => i.id),
    board: {},
    participants: {},
    messages: [],
    currentPhaseId: null,
    raisedQuestions: [],
    observations: [],
    recoveries: [],
    ended: null,
  };
}
