// Frames on the WebSocket transport. A call carries an id the reply echoes; events
// carry no id. Both ends validate frames, so a malformed one is answered, not crashed on.
// The host checks every call with these; a page checks frames from the host with
// serverFrame.ts, which reads them as serverFrameSchema does without loading zod.
import { z } from 'zod';
import { ERROR_CODES } from './errors';

export const callFrameSchema = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  input: z.unknown(),
});
export type CallFrame = z.infer<typeof callFrameSchema>;

/** An error as it crosses the wire: errors.ts's ApiErrorData (wire.test.ts holds them equal). */
export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  messageKey: z.string(),
  details: z.record(z.string(), z.unknown()).default({}),
});

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

export const serverFrameSchema = z.union([
  z.object({ type: z.literal('reply'), id: z.number().int(), result: envelopeSchema }),
  z.object({
    type: z.literal('event'),
    /** The subscription it belongs to and its place there (absent only from older hosts). */
    topic: z.union([z.literal('library'), z.literal('lan'), z.object({ session: z.string() })]).optional(),
    seq: z.number().int().optional(),
    name: z.string(),
    payload: z.unknown(),
  }),
  /** Sent when a frame could not be read at all (no id to reply to). */
  z.object({ type: z.literal('protocol_error'), error: apiErrorSchema }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;
