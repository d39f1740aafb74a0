// A live session is an append-only log of these events; its state is derived from the log
// by the reducer (reducer.ts), so a crash loses nothing and a finished session replays.
//
// Every event carries its place in the log (`seq`, contiguous from 1), the wall time it
// happened (`at`), the host's monotonic time (`mono`, whole milliseconds; the clock is
// computed from it, see clock.ts), the scenario time it happened at (`scenarioMs`, a
// record for reports: the reducer recomputes it, see stampEvent) and who did it.
import { z } from 'zod';
import { exerciseSchema, injectSchema, localIdSchema } from '../model/exercise';

export const ACTOR_KINDS = ['staff', 'participant', 'scribe', 'evaluator', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Who did it. A participant acts for its own team (`teamId`); a scribe is a member of the
 * control cell entering a team's words on its behalf in a room without devices, so the
 * team is named in the event; evaluators only observe; `system` is the host itself
 * (automatic releases, recovery after a restart).
 */
export const actorSchema = z.object({
  kind: z.enum(ACTOR_KINDS),
  id: z.string().min(1).max(64),
  teamId: localIdSchema.optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** The speeds the facilitator can pick; whole numbers keep scenario milliseconds whole. */
export const CLOCK_SPEEDS = [1, 2, 5, 10] as const;
export type ClockSpeed = (typeof CLOCK_SPEEDS)[number];
export const clockSpeedSchema = z.literal(CLOCK_SPEEDS);

export const RATINGS = ['P', 'S', 'M', 'U'] as const;

/**
 * What someone joining from their own device takes part as: a team member, an evaluator,
 * or a controller (a member of the control cell, who runs the session with the facilitator).
 */
export const PARTICIPANT_ROLES = ['team', 'evaluator', 'controller'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);

const textSchema = z.string().trim().min(1).max(4_000);
const shortIdSchema = z.string().min(1).max(64);
const msSchema = z.number().int().min(0);

const base = z.object({
  seq: z.number().int().min(1),
  at: z.iso.datetime(),
  mono: z.number().int().min(0),
  scenarioMs: msSchema,
  actor: actorSchema,
});

function event<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return base.extend({ type: z.literal(type), ...shape });
}

export const staffMemberSchema = z.object({
  id: shortIdSchema,
  name: z.string().trim().min(1).max(200),
  role: z.enum(['facilitator', 'controller']),
});
export const evaluatorSchema = z.object({
  id: shortIdSchema,
  name: z.string().trim().min(1).max(200),
  /** The teams this evaluator watches; empty: all of them. */
  teamIds: z.array(localIdSchema).default([]),
});

/** Where a discussion question sits: closing a phase, or attached to an inject. */
export const questionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phase'), phaseId: localIdSchema }),
  z.object({ kind: z.literal('inject'), injectId: localIdSchema }),
]);
export type QuestionSource = z.infer<typeof questionSourceSchema>;

export const sessionEventSchema = z.discriminatedUnion('type', [
  // Lifecycle. The exercise is frozen here: later edits in the library never change a session.
  event('session_created', {
    sessionId: z.uuid(),
    exercise: exerciseSchema,
    /** The teams taking part: a subset of the exercise's teams. */
    teamIds: z.array(localIdSchema).min(1),
    staff: z.array(staffMemberSchema).min(1),
    evaluators: z.array(evaluatorSchema).default([]),
    joinCode: z.string().min(1).max(16),
    /** A dry run by the control cell alone: the same session, marked so reports leave it out. */
    rehearsal: z.boolean(),
  }),
  event('session_ended', {}),
  event('session_aborted', { reason: z.string().trim().max(2_000).default('') }),

  // The scenario clock (clock.ts).
  event('clock_started', {}),
  event('clock_paused', {}),
  event('clock_resumed', {}),
  event('clock_speed_set', { speed: clockSpeedSchema }),
  event('clock_jumped', { toMs: msSchema, reason: z.enum(['time', 'next_inject']).default('time') }),
  /**
   * Appended first thing when the host starts again and finds this session not finished:
   * the clock is paused at `reachedMs` (see recovery.ts) and a new monotonic epoch begins.
   */
  event('clock_recovered', { reachedMs: msSchema }),

  // The facilitator's control of the MSEL.
  event('inject_released', {
    injectId: localIdSchema,
    /** `schedule`: the host released an automatic inject at its time; `control`: a person did. */
    trigger: z.enum(['schedule', 'control']),
  }),
  event('inject_held', { injectId: localIdSchema }),
  event('inject_unheld', { injectId: localIdSchema }),
  event('inject_skipped', { injectId: localIdSchema }),
  event('inject_retimed', { injectId: localIdSchema, offsetSec: injectSchema.shape.offsetSec }),
  /** The whole inject as edited (same id): no patch semantics to get wrong on replay. */
  event('inject_edited', { inject: injectSchema }),
  /** An ad-hoc inject written during play; it is released by its own inject_released. */
  event('inject_added', { inject: injectSchema }),

  // What teams do with an inject.
  event('inject_delivered', { injectId: localIdSchema, teamId: localIdSchema }),
  event('inject_seen', { injectId: localIdSchema, teamId: localIdSchema }),
  event('inject_acknowledged', { injectId: localIdSchema, teamId: localIdSchema }),
  event('inject_responded', {
    injectId: localIdSchema,
    teamId: localIdSchema,
    text: z.string().trim().max(4_000).default(''),
    /** Index into the inject's decisionOptions, when it offers a choice. */
    decision: z.number().int().min(0).nullable().default(null),
    /**
     * Chosen by the participant's device, so a response sent again after a dropped
     * connection is recognised and not recorded twice. Absent in older logs and for scribes.
     */
    responseId: shortIdSchema.optional(),
  }),

  // Messages from a team to the control cell, answered in place.
  event('message_sent', { messageId: shortIdSchema, teamId: localIdSchema, text: textSchema }),
  event('message_answered', { messageId: shortIdSchema, text: textSchema }),

  // People joining from their own devices: waiting → admitted → moved / removed.
  event('participant_joined', {
    participantId: shortIdSchema,
    name: z.string().trim().min(1).max(200),
    /** The team the person says they belong to; the control cell decides. */
    requestedTeamId: localIdSchema.nullable().default(null),
    /** The role the person asks for; older logs have none: a team member. */
    requestedRole: participantRoleSchema.default('team'),
  }),
  /**
   * Into a team, or with no team (`teamId` null) as an evaluator following the console
   * read-only or as a controller (who joins the session's staff and may act for the control
   * cell). Absent role: a team member (logs written before it).
   */
  event('participant_admitted', {
    participantId: shortIdSchema,
    teamId: localIdSchema.nullable(),
    role: participantRoleSchema.optional(),
  }),
  event('participant_moved', { participantId: shortIdSchema, teamId: localIdSchema }),
  event('participant_removed', { participantId: shortIdSchema }),

  // The tabletop's rhythm: phases and their discussion questions.
  event('phase_started', { phaseId: localIdSchema }),
  event('question_raised', { source: questionSourceSchema, index: z.number().int().min(0) }),

  // Evaluators' notes: never shown to players.
  event('observation_recorded', {
    observationId: shortIdSchema,
    teamId: localIdSchema,
    injectId: localIdSchema.nullable().default(null),
    capabilityId: localIdSchema.nullable().default(null),
    rating: z.enum(RATINGS).nullable().default(null),
    text: z.string().trim().max(4_000).default(''),
  }),
]);

export type SessionEvent = z.infer<typeof sessionEventSchema>;
export type SessionEventInput = z.input<typeof sessionEventSchema>;
export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;
export const SESSION_EVENT_TYPES = sessionEventSchema.options.map((o) => o.shape.type.value);

/** What the service says happened; stampEvent adds seq and scenarioMs. */
export type EventDraft = SessionEvent extends infer E
  ? E extends SessionEvent
    ? Omit<E, 'seq' | 'scenarioMs'>
    : never
  : never;
