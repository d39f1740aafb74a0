// People joining from their own devices: they wait until the control cell admits them to
// a team (or as an evaluator, who follows the console read-only, or as a controller, who
// runs it with the facilitator; neither has a team), may be moved to another team, or
// removed. A removed person may ask again.
//
// A controller joins the session's staff under their participant id, so the actor guard
// accepts their commands. The staff entry stays for the record once they are moved or
// removed; what ends their rights is their participant entry (checkActorIsStaff).
import type { EventOf, SessionEvent } from './events';
import { checkSessionTeam, refuse } from './guards';
import type { Participant, SessionState } from './state';

type ParticipantEvent = EventOf<
  'participant_joined' | 'participant_admitted' | 'participant_moved' | 'participant_removed'
>;

export function isParticipantEvent(event: SessionEvent): event is ParticipantEvent {
  return event.type.startsWith('participant_');
}

export function applyParticipantEvent(state: SessionState, event: ParticipantEvent): SessionState {
  const current = state.participants[event.participantId];
  let next: Participant;
  if (event.type === 'participant_joined') {
    if (event.actor.id !== event.participantId)
      refuse('session.errors.actor_not_allowed', { type: event.type }, 'forbidden');
    if (current && current.status !== 'removed')
      refuse('session.errors.participant_id_taken', { participantId: event.participantId });
    next = {
      id: event.participantId,
      name: event.name,
      requestedTeamId: event.requestedTeamId,
      requestedRole: event.requestedRole,
      status: 'waiting',
      role: 'team',
      teamId: null,
    };
  } else {
    if (!current) refuse('session.errors.unknown_participant', { participantId: event.participantId }, 'not_found');
    switch (event.type) {
      case 'participant_admitted':
        if (current.status !== 'waiting')
          refuse('session.errors.participant_not_waiting', { participantId: current.id });
        if (event.role === 'evaluator') {
          next = { ...current, status: 'admitted', role: 'evaluator', teamId: null };
          break;
        }
        if (event.role === 'controller') {
          next = { ...current, status: 'admitted', role: 'controller', teamId: null };
          const participants = { ...state.participants, [next.id]: next };
          if (state.staff.some((s) => s.id === next.id)) return { ...state, participants };
          return {
            ...state,
            participants,
            staff: [...state.staff, { id: next.id, name: next.name, role: 'controller' }],
          };
        }
        if (event.teamId === null) refuse('session.errors.team_required', { participantId: current.id });
        checkSessionTeam(state, event.teamId);
        next = { ...current, status: 'admitted', role: 'team', teamId: event.teamId };
        break;
      case 'participant_moved':
        checkControlIsTheOwners(state, event, current);
        if (current.status !== 'admitted')
          refuse('session.errors.participant_not_admitted', { participantId: current.id });
        checkSessionTeam(state, event.teamId);
        // Moving an evaluator or a controller into a team makes them a member of it (and
        // ends a controller's rights: see checkActorIsStaff).
        next = { ...current, role: 'team', teamId: event.teamId };
        break;
      case 'participant_removed':
        checkControlIsTheOwners(state, event, current);
        if (current.status === 'removed')
          refuse('session.errors.unknown_participant', { participantId: current.id }, 'not_found');
        next = { ...current, status: 'removed', teamId: null };
        break;
    }
  }
  return { ...state, participants: { ...state.participants, [next.id]: next } };
}

/**
 * Control is given and taken by the session's owner: a controller who joined from their
 * own device may move or remove team members and evaluators, but not a controller (nor
 * themselves), so no controller can strip another of the rights the owner gave.
 */
function checkControlIsTheOwners(state: SessionState, event: ParticipantEvent, target: Participant): void {
  const actor = state.participants[event.actor.id];
  const actorIsJoinedController = actor?.status === 'admitted' && actor.role === 'controller';
  if (actorIsJoinedController && target.role === 'controller' && target.status !== 'removed')
    refuse('session.errors.actor_not_allowed', { type: event.type }, 'forbidden');
}
