// What each kind of screen receives, as zod schemas: a team's inbox, the projector, the
// control cell's console. Player-facing views are strict objects, so a secret field that
// crept in would fail validation instead of being sent.
import { z } from 'zod';
import { CHANNELS, exerciseSchema, injectSchema, teamSchema } from '../model/exercise';
import { clockSpeedSchema, participantRoleSchema, questionSourceSchema, RATINGS } from './events';

const ms = z.number().int().min(0);
const stampSchema = z.strictObject({ at: z.iso.datetime(), scenarioMs: ms });
const enteredBySchema = z.enum(['team', 'scribe']);
export const SESSION_STATUSES = ['lobby', 'live', 'ended', 'aborted'] as const;

export const clockViewSchema = z.strictObject({
  started: z.boolean(),
  running: z.boolean(),
  speed: clockSpeedSchema,
  /** Scenario time when the view was made; a screen ticks on from it at `speed` while running. */
  scenarioMs: ms,
});

/** An inject as players see it: what the simulated sender says, nothing for the control cell. */
export const publicInjectSchema = z.strictObject({
  id: z.string(),
  number: z.string(),
  channel: z.enum(CHANNELS),
  sender: z.string(),
  title: z.string(),
  body: z.string(),
  attachmentIds: z.array(z.string()),
  decisionOptions: z.array(z.string()),
  released: stampSchema,
});
export type PublicInject = z.infer<typeof publicInjectSchema>;

export const teamInjectSchema = publicInjectSchema.extend({
  seen: z.boolean(),
  acknowledged: stampSchema.extend({ enteredBy: enteredBySchema }).nullable(),
  responses: z.array(
    stampSchema.extend({
      text: z.string(),
      decision: z.number().int().nullable(),
      enteredBy: enteredBySchema,
      /** The id the team's device gave it: lets a device tell its resent response is in. */
      id: z.string().nullable(),
    }),
  ),
});

export const raisedQuestionViewSchema = z.strictObject({
  text: z.string(),
  raised: stampSchema,
  /** The inject it belongs to, when not a phase's closing question. */
  injectId: z.string().nullable(),
});

const phaseViewSchema = z.strictObject({ id: z.string(), name: z.string() }).nullable();

const sessionHeader = {
  sessionId: z.uuid(),
  title: z.string(),
  rehearsal: z.boolean(),
  status: z.enum(SESSION_STATUSES),
  clock: clockViewSchema,
  phase: phaseViewSchema,
};

export const teamViewSchema = z.strictObject({
  ...sessionHeader,
  team: z.strictObject({ id: z.string(), name: z.string(), agency: z.string(), colour: z.string() }),
  injects: z.array(teamInjectSchema),
  questions: z.array(raisedQuestionViewSchema),
  messages: z.array(
    z.strictObject({
      id: z.string(),
      text: z.string(),
      sent: stampSchema.extend({ enteredBy: enteredBySchema }),
      answer: z.strictObject({ text: z.string(), answered: stampSchema }).nullable(),
    }),
  ),
});
export type TeamView = z.infer<typeof teamViewSchema>;

/** The room's screen: the clock, the phase, injects marked for everyone, raised questions. */
export const projectorViewSchema = z.strictObject({
  ...sessionHeader,
  injects: z.array(publicInjectSchema),
  questions: z.array(raisedQuestionViewSchema),
});
export type ProjectorView = z.infer<typeof projectorViewSchema>;

const boardCellSchema = z.object({
  injectId: z.string(),
  teamId: z.string(),
  released: stampSchema,
  delivered: stampSchema.nullable(),
  seen: stampSchema.nullable(),
  acknowledged: stampSchema.extend({ enteredBy: enteredBySchema }).nullable(),
  responded: stampSchema.extend({ enteredBy: enteredBySchema }).nullable(),
  responseCount: z.number().int(),
  dueAtMs: ms.nullable(),
  overdue: z.boolean(),
  late: z.boolean(),
});

/** The control cell's console: everything, with the status board and what comes next. */
export const staffViewSchema = z.object({
  ...sessionHeader,
  joinCode: z.string(),
  exercise: exerciseSchema,
  teams: z.array(teamSchema),
  injects: z.array(
    z.object({
      inject: injectSchema,
      adHoc: z.boolean(),
      status: z.enum(['pending', 'held', 'released', 'skipped']),
      released: stampSchema.nullable(),
      recipientTeamIds: z.array(z.string()),
    }),
  ),
  board: z.array(boardCellSchema),
  next: z.object({ injectId: z.string(), atMs: ms, wallDelayMs: z.number().int().min(0).nullable() }).nullable(),
  upcoming: z.array(z.object({ injectId: z.string(), atMs: ms, ready: z.boolean() })),
  participants: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      requestedTeamId: z.string().nullable(),
      requestedRole: participantRoleSchema,
      status: z.enum(['waiting', 'admitted', 'removed']),
      role: participantRoleSchema,
      teamId: z.string().nullable(),
    }),
  ),
  messages: z.array(
    z.object({
      id: z.string(),
      teamId: z.string(),
      text: z.string(),
      sent: stampSchema.extend({ enteredBy: enteredBySchema }),
      answer: stampSchema.extend({ text: z.string(), staffId: z.string() }).nullable(),
    }),
  ),
  questions: z.array(stampSchema.extend({ source: questionSourceSchema, index: z.number().int(), text: z.string() })),
  observations: z.array(
    stampSchema.extend({
      observationId: z.string(),
      teamId: z.string(),
      injectId: z.string().nullable(),
      capabilityId: z.string().nullable(),
      rating: z.enum(RATINGS).nullable(),
      text: z.string(),
      actor: z.object({ kind: z.string(), id: z.string(), teamId: z.string().optional() }),
    }),
  ),
  /** Each restart the session came back from: the console shows a notice for the latest. */
  recoveries: z.array(stampSchema),
});
export type StaffView = z.infer<typeof staffViewSchema>;
