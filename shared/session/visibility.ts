// Who sees what. A participant never receives controller notes, expected actions,
// evaluators' observations, other teams' injects, discussion questions not yet raised,
// or injects not yet released; the projector shows only what the whole room may see.
// Views are built field by field from an allow-list (never by deleting secrets from a
// copy), so a field added to the inject schema later stays hidden until someone decides.
import { DomainError } from '../api/errors';
import { scenarioMsAt } from './clock';
import type { SessionEvent } from './events';
import { nextDue, upcoming } from './scheduler';
import { phaseOf, type RaisedQuestion, type SessionInject, type SessionState } from './state';
import { statusBoard } from './statusBoard';
import type { ProjectorView, PublicInject, StaffView, TeamView } from './views';

/** Who a stream of events goes to (the service authenticates them; this decides what they get). */
export type Principal =
  | { kind: 'staff'; id: string }
  | { kind: 'evaluator'; id: string }
  /** A member of the control cell who joined from their own device: sees what staff see. */
  | { kind: 'controller'; id: string }
  | { kind: 'participant'; id: string; teamId: string }
  /** Joined, not yet admitted to a team. */
  | { kind: 'waiting'; id: string }
  | { kind: 'projector' };

function header(state: SessionState, mono: number) {
  const phase = phaseOf(state, state.currentPhaseId);
  return {
    sessionId: state.sessionId,
    title: state.exercise.title,
    rehearsal: state.rehearsal,
    status: state.status,
    clock: {
      started: state.clock.started,
      running: state.clock.running,
      speed: state.clock.speed,
      scenarioMs: scenarioMsAt(state.clock, mono),
    },
    phase: phase ? { id: phase.id, name: phase.name } : null,
  };
}

function publicInject(si: SessionInject & { released: NonNullable<SessionInject['released']> }): PublicInject {
  const { inject } = si;
  return {
    id: inject.id,
    number: inject.number,
    channel: inject.channel,
    sender: inject.sender,
    title: inject.title,
    body: inject.body,
    attachmentIds: [...inject.attachmentIds],
    decisionOptions: [...inject.decisionOptions],
    released: { ...si.released },
  };
}

function releasedInjects(state: SessionState) {
  return state.injectOrder
    .map((id) => state.injects[id])
    .filter((si): si is SessionInject & { released: NonNullable<SessionInject['released']> } => !!si?.released)
    .sort((a, b) => a.released.scenarioMs - b.released.scenarioMs);
}

function questionView(q: RaisedQuestion) {
  return {
    text: q.text,
    raised: { at: q.at, scenarioMs: q.scenarioMs },
    injectId: q.source.kind === 'inject' ? q.source.injectId : null,
  };
}

/** A phase's questions are for everyone; an inject's, for whoever received the inject. */
function questionVisibleTo(state: SessionState, q: Pick<RaisedQuestion, 'source'>, teamId: string | 'room'): boolean {
  if (q.source.kind === 'phase') return true;
  const si = state.injects[q.source.injectId];
  if (!si || si.status !== 'released') return false;
  return teamId === 'room' ? si.inject.audience === 'all' : si.recipientTeamIds.includes(teamId);
}

export function viewForTeam(state: SessionState, teamId: string, mono: number): TeamView {
  const team = state.teams.find((t) => t.id === teamId);
  if (!team) throw new DomainError('not_found', 'session.errors.unknown_team', { teamId });
  return {
    ...header(state, mono),
    team: { id: team.id, name: team.name, agency: team.agency, colour: team.colour },
    injects: releasedInjects(state)
      .filter((si) => si.recipientTeamIds.includes(teamId))
      .map((si) => {
        const cell = state.board[si.inject.id]?.[teamId];
        return {
          ...publicInject(si),
          seen: !!cell?.seen,
          acknowledged: cell?.acknowledged ? { ...cell.acknowledged } : null,
          responses: (cell?.responses ?? []).map((r) => ({ ...r })),
        };
      }),
    questions: state.raisedQuestions.filter((q) => questionVisibleTo(state, q, teamId)).map(questionView),
    messages: state.messages
      .filter((m) => m.teamId === teamId)
      .map((m) => ({
        id: m.id,
        text: m.text,
        sent: { ...m.sent },
        answer: m.answer
          ? { text: m.answer.text, answered: { at: m.answer.at, scenarioMs: m.answer.scenarioMs } }
          : null,
      })),
  };
}

export function viewForProjector(state: SessionState, mono: number): ProjectorView {
  return {
    ...header(state, mono),
    injects: releasedInjects(state)
      .filter((si) => si.inject.audience === 'all')
      .map(publicInject),
    questions: state.raisedQuestions.filter((q) => questionVisibleTo(state, q, 'room')).map(questionView),
  };
}

export function viewForStaff(state: SessionState, mono: number): StaffView {
  const now = scenarioMsAt(state.clock, mono);
  return {
    ...header(state, mono),
    joinCode: state.joinCode,
    exercise: state.exercise,
    teams: state.teams,
    injects: state.injectOrder.flatMap((id) => state.injects[id] ?? []),
    board: statusBoard(state, now),
    next: nextDue(state, mono),
    upcoming: upcoming(state, now),
    participants: Object.values(state.participants),
    messages: state.messages,
    questions: state.raisedQuestions,
    observations: state.observations,
    recoveries: state.recoveries,
  };
}

const EVERYONE_IN_SESSION = new Set<SessionEvent['type']>([
  'clock_started',
  'clock_paused',
  'clock_resumed',
  'clock_speed_set',
  'clock_jumped',
  'clock_recovered',
  'session_ended',
  'session_aborted',
  'phase_started',
]);

/**
 * Whether `event` may be sent to `principal`. `state` is the session after the event (it
 * says who an inject went to). Events themselves carry ids, never a secret text except
 * to staff, so a participant learns content only from its own view.
 */
export function mayReceive(principal: Principal, event: SessionEvent, state: SessionState): boolean {
  switch (principal.kind) {
    case 'staff':
    case 'controller':
    case 'evaluator':
      return true;
    case 'waiting':
      return (
        event.type === 'session_ended' ||
        event.type === 'session_aborted' ||
        (event.type.startsWith('participant_') && 'participantId' in event && event.participantId === principal.id)
      );
    case 'projector':
      if (EVERYONE_IN_SESSION.has(event.type)) return true;
      if (event.type === 'inject_released') return state.injects[event.injectId]?.inject.audience === 'all';
      if (event.type === 'question_raised') return questionVisibleTo(state, event, 'room');
      return false;
    case 'participant':
      if (EVERYONE_IN_SESSION.has(event.type)) return true;
      switch (event.type) {
        case 'inject_released':
          return !!state.injects[event.injectId]?.recipientTeamIds.includes(principal.teamId);
        case 'inject_delivered':
        case 'inject_seen':
        case 'inject_acknowledged':
        case 'inject_responded':
        case 'message_sent':
          return event.teamId === principal.teamId;
        case 'message_answered':
          return state.messages.some((m) => m.id === event.messageId && m.teamId === principal.teamId);
        case 'participant_joined':
        case 'participant_admitted':
        case 'participant_moved':
        case 'participant_removed':
          return event.participantId === principal.id;
        case 'question_raised':
          return questionVisibleTo(state, event, principal.teamId);
        default:
          return false;
      }
  }
}
