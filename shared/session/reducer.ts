// The pure reducer: a session's state is `replay(events)`, and the service appends an
// event only after `reduce` accepted it, so the log holds only valid history. reduce never
// mutates its input (it copies what it changes), so any earlier state stays usable.
//
// Invariants it keeps: an inject is released at most once and never after it was skipped;
// the schedule releases only automatic, non-contingency, unheld injects whose time has
// come (a contingency inject is released only when a person plays it); holding, skipping,
// re-timing and editing happen before release; a team's words come from that team.
import { applyClockEvent, isClockEvent, scenarioMsAt } from './clock';
import type { EventDraft, EventOf, SessionEvent } from './events';
import {
  boardCell,
  checkActor,
  checkSessionTeam,
  checkSpeaksForTeam,
  refuse,
  sessionInject,
  unreleasedInject,
} from './guards';
import { applyParticipantEvent, isParticipantEvent } from './participants';
import { createState } from './createState';
import { questionText, sameSource, type SessionState, type Stamp, type TeamInjectState } from './state';

/** The state after one more event; throws a DomainError (and changes nothing) if it is refused. */
export function reduce(state: SessionState | undefined, event: SessionEvent): SessionState {
  checkActor(state, event);
  if (!state) {
    if (event.type !== 'session_created') refuse('session.errors.not_created', {}, 'internal');
    if (event.seq !== 1) refuse('session.errors.out_of_order', { expected: 1, seq: event.seq }, 'internal');
    return createState(event);
  }
  if (event.type === 'session_created') refuse('session.errors.already_created');
  if (event.seq !== state.lastSeq + 1) {
    refuse('session.errors.out_of_order', { expected: state.lastSeq + 1, seq: event.seq }, 'internal');
  }
  // A recovery comes from a new process, whose monotonic time restarted.
  if (event.mono < state.lastMono && event.type !== 'clock_recovered') {
    refuse('session.errors.time_went_back', { lastMono: state.lastMono, mono: event.mono }, 'internal');
  }
  if (state.status === 'aborted' || (state.status === 'ended' && event.type !== 'observation_recorded')) {
    refuse('session.errors.finished', { status: state.status });
  }

  const clock = isClockEvent(event) ? applyClockEvent(state.clock, event, state.lastScenarioMs) : state.clock;
  const scenarioMs = scenarioMsAt(clock, event.mono);
  const stamp: Stamp = { at: event.at, scenarioMs };
  const next = apply({ ...state, clock }, event, stamp);
  return { ...next, lastSeq: event.seq, lastMono: event.mono, lastScenarioMs: scenarioMs };
}

/** The state a log describes. Throws if the log holds an event the reducer refuses. */
export function replay(events: readonly SessionEvent[]): SessionState {
  let state: SessionState | undefined;
  for (const event of events) state = reduce(state, event);
  if (!state) refuse('session.errors.not_created', {}, 'not_found');
  return state;
}

/**
 * The event the service appends next: the draft with its `seq`, and the scenario time it
 * happens at (after its own effect: a jump is stamped with the time jumped to).
 */
export function stampEvent(state: SessionState | undefined, draft: EventDraft): SessionEvent {
  const event = { ...draft, seq: (state?.lastSeq ?? 0) + 1, scenarioMs: 0 } as SessionEvent;
  if (!state) return event;
  const clock = isClockEvent(event) ? applyClockEvent(state.clock, event, state.lastScenarioMs) : state.clock;
  return { ...event, scenarioMs: scenarioMsAt(clock, event.mono) };
}

function apply(state: SessionState, event: SessionEvent, stamp: Stamp): SessionState {
  if (isParticipantEvent(event)) return applyParticipantEvent(state, event);
  switch (event.type) {
    case 'session_created':
      return state; // refused above; here for the exhaustive switch
    case 'clock_started':
      return { ...state, status: 'live' };
    case 'clock_paused':
    case 'clock_resumed':
    case 'clock_speed_set':
    case 'clock_jumped':
      return state;
    case 'clock_recovered':
      return { ...state, recoveries: [...state.recoveries, stamp] };
    case 'session_ended':
      return {
        ...state,
        status: 'ended',
        ended: stamp,
        clock: stopped(state, event.mono),
      };
    case 'session_aborted':
      return {
        ...state,
        status: 'aborted',
        ended: stamp,
        clock: stopped(state, event.mono),
      };
    case 'inject_released':
      return release(state, event, stamp);
    case 'inject_held':
    case 'inject_unheld':
    case 'inject_skipped': {
      const si = unreleasedInject(state, event.injectId);
      if (event.type === 'inject_held' && si.status !== 'pending')
        refuse('session.errors.inject_not_pending', { injectId: event.injectId });
      if (event.type === 'inject_unheld' && si.status !== 'held')
        refuse('session.errors.inject_not_held', { injectId: event.injectId });
      const status = event.type === 'inject_held' ? 'held' : event.type === 'inject_unheld' ? 'pending' : 'skipped';
      return withInject(state, event.injectId, { ...si, status });
    }
    case 'inject_retimed': {
      const si = unreleasedInject(state, event.injectId);
      return withInject(state, event.injectId, { ...si, inject: { ...si.inject, offsetSec: event.offsetSec } });
    }
    case 'inject_edited': {
      const si = unreleasedInject(state, event.inject.id);
      return withInject(state, event.inject.id, { ...si, inject: event.inject });
    }
    case 'inject_added': {
      if (state.injects[event.inject.id]) refuse('session.errors.inject_id_taken', { injectId: event.inject.id });
      const added = {
        inject: event.inject,
        adHoc: true,
        status: 'pending' as const,
        released: null,
        recipientTeamIds: [],
      };
      return { ...withInject(state, event.inject.id, added), injectOrder: [...state.injectOrder, event.inject.id] };
    }
    case 'inject_delivered':
    case 'inject_seen':
    case 'inject_acknowledged':
    case 'inject_responded':
      return teamAction(state, event, stamp);
    case 'message_sent': {
      checkSessionTeam(state, event.teamId);
      checkSpeaksForTeam(state, event);
      if (state.messages.some((m) => m.id === event.messageId))
        refuse('session.errors.message_id_taken', { messageId: event.messageId });
      const sent = { ...stamp, enteredBy: enteredBy(event) };
      return {
        ...state,
        messages: [
          ...state.messages,
          { id: event.messageId, teamId: event.teamId, text: event.text, sent, answer: null },
        ],
      };
    }
    case 'message_answered': {
      const message = state.messages.find((m) => m.id === event.messageId);
      if (!message) refuse('session.errors.unknown_message', { messageId: event.messageId }, 'not_found');
      if (message.answer) refuse('session.errors.message_already_answered', { messageId: event.messageId });
      const answer = { ...stamp, text: event.text, staffId: event.actor.id };
      return { ...state, messages: state.messages.map((m) => (m === message ? { ...m, answer } : m)) };
    }
    case 'phase_started':
      if (!state.exercise.phases.some((p) => p.id === event.phaseId))
        refuse('session.errors.unknown_phase', { phaseId: event.phaseId }, 'not_found');
      return { ...state, currentPhaseId: event.phaseId };
    case 'question_raised':
      return raiseQuestion(state, event, stamp);
    case 'observation_recorded':
      checkSessionTeam(state, event.teamId);
      return {
        ...state,
        observations: [
          ...state.observations,
          {
            ...stamp,
            actor: event.actor,
            observationId: event.observationId,
            teamId: event.teamId,
            injectId: event.injectId,
            capabilityId: event.capabilityId,
            rating: event.rating,
            text: event.text,
          },
        ],
      };
  }
}

/** An ended session's clock stands at the time it ended. */
function stopped(state: SessionState, mono: number): SessionState['clock'] {
  return { ...state.clock, running: false, anchorMs: scenarioMsAt(state.clock, mono), anchorMono: mono };
}

function withInject(state: SessionState, injectId: string, si: SessionState['injects'][string]): SessionState {
  return { ...state, injects: { ...state.injects, [injectId]: si } };
}

function release(state: SessionState, event: EventOf<'inject_released'>, stamp: Stamp): SessionState {
  const si = unreleasedInject(state, event.injectId);
  const { inject } = si;
  // The schedule (the host) releases only what scheduler.dueInjects lists; people release anything.
  if (event.trigger === 'schedule') {
    const due =
      event.actor.kind === 'system' &&
      state.status === 'live' &&
      si.status === 'pending' &&
      inject.release === 'auto' &&
      !inject.contingency &&
      inject.offsetSec * 1000 <= stamp.scenarioMs;
    if (!due) refuse('session.errors.inject_not_due', { injectId: inject.id });
  } else if (event.actor.kind !== 'staff') {
    refuse('session.errors.actor_not_allowed', { type: event.type, actor: event.actor.kind }, 'forbidden');
  }
  const recipientTeamIds =
    inject.audience === 'all'
      ? state.teams.map((t) => t.id)
      : state.teams.filter((t) => inject.recipientTeamIds.includes(t.id)).map((t) => t.id);
  const cells: Record<string, TeamInjectState> = {};
  for (const teamId of recipientTeamIds)
    cells[teamId] = { delivered: null, seen: null, acknowledged: null, responses: [] };
  return {
    ...withInject(state, inject.id, { ...si, status: 'released', released: stamp, recipientTeamIds }),
    board: { ...state.board, [inject.id]: cells },
  };
}

function enteredBy(event: SessionEvent): 'team' | 'scribe' {
  return event.actor.kind === 'scribe' ? 'scribe' : 'team';
}

type TeamActionEvent = EventOf<'inject_delivered' | 'inject_seen' | 'inject_acknowledged' | 'inject_responded'>;

/**
 * Delivery, sight and acknowledgement keep their first time: a second device of the same
 * team opening the inject changes nothing. Every response is kept.
 */
function teamAction(state: SessionState, event: TeamActionEvent, stamp: Stamp): SessionState {
  const cell = boardCell(state, event.injectId, event.teamId);
  checkSpeaksForTeam(state, event);
  let updated: TeamInjectState;
  switch (event.type) {
    case 'inject_delivered':
      updated = { ...cell, delivered: cell.delivered ?? stamp };
      break;
    case 'inject_seen':
      updated = { ...cell, seen: cell.seen ?? stamp };
      break;
    case 'inject_acknowledged':
      updated = { ...cell, acknowledged: cell.acknowledged ?? { ...stamp, enteredBy: enteredBy(event) } };
      break;
    case 'inject_responded': {
      const options = sessionInject(state, event.injectId).inject.decisionOptions;
      if (event.decision !== null && event.decision >= options.length) {
        refuse('session.errors.decision_invalid', { decision: event.decision }, 'invalid_input');
      }
      const id = event.responseId ?? null;
      if (id !== null && cell.responses.some((r) => r.id === id))
        refuse('session.errors.response_id_taken', { responseId: id });
      const response = { ...stamp, text: event.text, decision: event.decision, enteredBy: enteredBy(event), id };
      updated = { ...cell, responses: [...cell.responses, response] };
      break;
    }
  }
  return {
    ...state,
    board: { ...state.board, [event.injectId]: { ...state.board[event.injectId], [event.teamId]: updated } },
  };
}

/** Raising a question twice changes nothing; an inject's questions come only after it is released. */
function raiseQuestion(state: SessionState, event: EventOf<'question_raised'>, stamp: Stamp): SessionState {
  const text = questionText(state, event.source, event.index);
  if (text === null) refuse('session.errors.unknown_question', { index: event.index }, 'not_found');
  if (event.source.kind === 'inject' && state.injects[event.source.injectId]?.status !== 'released') {
    refuse('session.errors.inject_not_released', { injectId: event.source.injectId });
  }
  if (state.raisedQuestions.some((q) => q.index === event.index && sameSource(q.source, event.source))) return state;
  return {
    ...state,
    raisedQuestions: [...state.raisedQuestions, { ...stamp, source: event.source, index: event.index, text }],
  };
}
