// What the control cell asks of a running session, as the contract carries it. The
// service turns each command into one or more event drafts (electron/services/session/
// commands.ts) and appends them in one transaction; the reducer decides whether they are
// allowed, so a refused command writes nothing.
import { z } from 'zod';
import { SESSION_TEXT_CHARS_MAX } from '../api/limits';
import { injectSchema, localIdSchema } from '../model/exercise';
import { clockSpeedSchema, participantRoleSchema, questionSourceSchema } from './events';

const ms = z.number().int().min(0);
const text = z.string().trim().min(1).max(SESSION_TEXT_CHARS_MAX);
const injectRef = { injectId: localIdSchema };
const teamInject = { injectId: localIdSchema, teamId: localIdSchema };

function command<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), ...shape });
}

export const sessionCommandSchema = z.discriminatedUnion('type', [
  command('start', {}),
  command('pause', {}),
  command('resume', {}),
  command('setSpeed', { speed: clockSpeedSchema }),
  command('jump', { toMs: ms }),
  /** To the time of the next planned inject (automatic or manual) after now. */
  command('jumpNext', {}),
  command('release', injectRef),
  command('hold', injectRef),
  command('unhold', injectRef),
  command('skip', injectRef),
  command('retime', { ...injectRef, offsetSec: injectSchema.shape.offsetSec }),
  command('edit', { inject: injectSchema }),
  /** An ad-hoc inject written during play; released at once unless `releaseNow` is false. */
  command('addInject', { inject: injectSchema, releaseNow: z.boolean().default(true) }),
  command('end', {}),
  command('abort', { reason: z.string().trim().max(2_000).default('') }),
  // A scribe (a member of the control cell) enters a team's words in a room without devices.
  command('scribeAcknowledge', teamInject),
  command('scribeRespond', {
    ...teamInject,
    text: z.string().trim().max(SESSION_TEXT_CHARS_MAX).default(''),
    decision: z.number().int().min(0).nullable().default(null),
  }),
  command('scribeMessage', { teamId: localIdSchema, messageId: z.string().min(1).max(64), text }),
  command('answerMessage', { messageId: z.string().min(1).max(64), text }),
  command('startPhase', { phaseId: localIdSchema }),
  command('raiseQuestion', { source: questionSourceSchema, index: z.number().int().min(0) }),
  /** Into a team (`teamId` needed), or as an evaluator (`teamId` ignored). */
  command('admitParticipant', {
    participantId: z.string().min(1).max(64),
    teamId: localIdSchema.optional(),
    role: participantRoleSchema.default('team'),
  }),
  command('moveParticipant', { participantId: z.string().min(1).max(64), teamId: localIdSchema }),
  command('removeParticipant', { participantId: z.string().min(1).max(64) }),
]);
export type SessionCommand = z.output<typeof sessionCommandSchema>;
export type SessionCommandInput = z.input<typeof sessionCommandSchema>;
