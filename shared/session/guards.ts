// The reducer's refusals: who may append which event, and lookups that throw a
// DomainError naming what is wrong. The service reduces an event before it appends it,
// so a refused event is never written and the log only ever holds valid history.
import { DomainError, type ErrorCode } from '../api/errors';
import type { ActorKind, SessionEvent, SessionEventType } from './events';
import type { SessionInject, SessionState, TeamInjectState } from './state';

export function refuse(messageKey: string, details: Record<string, unknown> = {}, code: ErrorCode = 'conflict'): never {
  throw new DomainError(code, messageKey, details);
}

/**
 * Who may append each event. `system` is the host: automatic releases, deliveries to a
 * team's device, recovery. Scribes enter a team's words for it; evaluators only observe.
 */
const ALLOWED_ACTORS: Record<SessionEventType, readonly ActorKind[]> = {
  session_created: ['staff'],
  session_ended: ['staff'],
  session_aborted: ['staff'],
  clock_started: ['staff'],
  clock_paused: ['staff'],
  clock_resumed: ['staff'],
  clock_speed_set: ['staff'],
  clock_jumped: ['staff'],
  clock_recovered: ['system'],
  inject_released: ['staff', 'system'],
  inject_held: ['staff'],
  inject_unheld: ['staff'],
  inject_skipped: ['staff'],
  inject_retimed: ['staff'],
  inject_edited: ['staff'],
  inject_added: ['staff'],
  inject_delivered: ['system'],
  inject_seen: ['participant', 'scribe'],
  inject_acknowledged: ['participant', 'scribe'],
  inject_responded: ['participant', 'scribe'],
  message_sent: ['participant', 'scribe'],
  message_answered: ['staff'],
  participant_joined: ['participant'],
  participant_admitted: ['staff'],
  participant_moved: ['staff'],
  participant_removed: ['staff'],
  phase_started: ['staff'],
  question_raised: ['staff'],
  observation_recorded: ['evaluator'],
};

/** Refuses an actor of the wrong kind, or one the session does not know. */
export function checkActor(state: SessionState | undefined, event: SessionEvent): void {
  const { actor } = event;
  if (!ALLOWED_ACTORS[event.type].includes(actor.kind)) {
    refuse('session.errors.actor_not_allowed', { type: event.type, actor: actor.kind }, 'forbidden');
  }
  if (!state) return; // session_created: the staff list arrives with it (checked there)
  if (actor.kind === 'staff' || actor.kind === 'scribe') checkActorIsStaff(state, actor.id);
  // Participants are checked per event (checkSpeaksForTeam); the system is always itself.
  if (actor.kind === 'evaluator' && !state.evaluators.some((e) => e.id === actor.id)) {
    refuse('session.errors.actor_not_allowed', { type: event.type, actor: actor.kind }, 'forbidden');
  }
}

/**
 * The actor is on the session's staff. A controller who joined from their own device is
 * there under their participant id, but only while admitted as a controller: moved into a
 * team or removed, their staff entry stays for the record and acts no more.
 */
export function checkActorIsStaff(state: Pick<SessionState, 'staff' | 'participants'>, actorId: string): void {
  if (!state.staff.some((s) => s.id === actorId))
    refuse('session.errors.actor_not_allowed', { actor: actorId }, 'forbidden');
  const joined = state.participants[actorId];
  if (joined && !(joined.status === 'admitted' && joined.role === 'controller'))
    refuse('session.errors.actor_not_allowed', { actor: actorId }, 'forbidden');
}

/**
 * A team's own words come from one of its admitted members, or from a scribe who names
 * the team; nobody speaks for another team.
 */
export function checkSpeaksForTeam(state: SessionState, event: SessionEvent & { teamId: string }): void {
  const { actor } = event;
  if (actor.kind !== 'participant' && actor.kind !== 'scribe') return;
  if (actor.teamId !== event.teamId) refuse('session.errors.not_your_team', { teamId: event.teamId }, 'forbidden');
  if (actor.kind === 'participant') {
    const p = state.participants[actor.id];
    if (!p || p.status !== 'admitted' || p.teamId !== event.teamId) {
      refuse('session.errors.participant_not_admitted', { participantId: actor.id }, 'forbidden');
    }
  }
}

export function sessionInject(state: SessionState, injectId: string): SessionInject {
  return state.injects[injectId] ?? refuse('session.errors.unknown_inject', { injectId }, 'not_found');
}

/** Holding, skipping, re-timing and editing are only possible before release. */
export function unreleasedInject(state: SessionState, injectId: string): SessionInject {
  const si = sessionInject(state, injectId);
  if (si.status === 'released') refuse('session.errors.inject_already_released', { injectId });
  if (si.status === 'skipped') refuse('session.errors.inject_skipped', { injectId });
  return si;
}

export function boardCell(state: SessionState, injectId: string, teamId: string): TeamInjectState {
  return state.board[injectId]?.[teamId] ?? refuse('session.errors.inject_not_for_team', { injectId, teamId });
}

export function checkSessionTeam(state: SessionState, teamId: string): void {
  if (!state.teams.some((t) => t.id === teamId)) refuse('session.errors.unknown_team', { teamId }, 'not_found');
}
