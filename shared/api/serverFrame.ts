// The page's check of a frame from the host: wire.ts's serverFrameSchema, by hand. Every
// frame a page receives goes through it from the library's first page on; with zod the
// page would first download and build zod (~60 KB) before its first card.
// serverFrame.test.ts holds this and the schema to the same answers, the schema being
// the definition; the host keeps checking what it receives with zod.
import { ERROR_CODES, type ApiErrorData, type Envelope, type ErrorCode } from './errors';
import type { ServerFrame } from './wire';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isInt = (value: unknown): value is number => Number.isSafeInteger(value);
const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

function readError(value: unknown): ApiErrorData | null {
  if (!isFields(value) || typeof value.code !== 'string' || !CODES.has(value.code)) return null;
  if (typeof value.messageKey !== 'string') return null;
  if (value.details !== undefined && !isFields(value.details)) return null;
  return { code: value.code as ErrorCode, messageKey: value.messageKey, details: { ...(value.details ?? {}) } };
}

function readEnvelope(value: unknown): Envelope<unknown> | null {
  if (!isFields(value)) return null;
  // As zod reads an object: a field of any type must still be there.
  if (value.ok === true) return 'value' in value ? { ok: true, value: value.value } : null;
  if (value.ok !== false) return null;
  const error = readError(value.error);
  return error && { ok: false, error };
}

function readTopic(value: unknown): { ok: true; topic: Extract<ServerFrame, { type: 'event' }>['topic'] } | null {
  if (value === undefined || value === 'library' || value === 'lan') return { ok: true, topic: value };
  if (isFields(value) && typeof value.session === 'string') return { ok: true, topic: { session: value.session } };
  return null;
}

/** The frame, with only the fields the protocol has; null for anything else. */
export function readServerFrame(value: unknown): ServerFrame | null {
  if (!isFields(value)) return null;
  if (value.type === 'reply') {
    const result = readEnvelope(value.result);
    return isInt(value.id) && result ? { type: 'reply', id: value.id, result } : null;
  }
  if (value.type === 'event') {
    const topic = readTopic(value.topic);
    if (!topic || (value.seq !== undefined && !isInt(value.seq)) || typeof value.name !== 'string') return null;
    if (!('payload' in value)) return null;
    // Optional fields the host left out stay out, as zod reads them.
    return {
      type: 'event',
      ...('topic' in value && { topic: topic.topic }),
      ...('seq' in value && { seq: value.seq as number | undefined }),
      name: value.name,
      payload: value.payload,
    };
  }
  if (value.type === 'protocol_error') {
    const error = readError(value.error);
    return error && { type: 'protocol_error', error };
  }
  return null;
}
