// Turning a frame into the text a WebSocket carries, without ever throwing: a value
// JSON cannot write (a BigInt, a cycle) or a reply too large to send (JSON.stringify's
// RangeError "Invalid string length", or past the frame limit) becomes an error reply
// to the same call, so a client is always answered and the host never falls over.
import type { ApiErrorData, Envelope } from '../../shared/api/errors';
import type { ServerFrame } from '../../shared/api/wire';

const MIB = 1024 * 1024;

export type Encoded = { ok: true; text: string; bytes: number } | { ok: false; error: ApiErrorData; cause: string };

export function encodeFrame(frame: ServerFrame, maxBytes: number): Encoded {
  let text: string;
  try {
    text = JSON.stringify(frame);
  } catch (error) {
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // V8 throws RangeError when the text would pass its longest possible string.
    if (error instanceof RangeError) return { ok: false, error: replyTooLarge(maxBytes), cause };
    return { ok: false, error: { code: 'internal', messageKey: 'errors.internal', details: {} }, cause };
  }
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes) return { ok: false, error: replyTooLarge(maxBytes), cause: `${bytes} bytes` };
  return { ok: true, text, bytes };
}

function replyTooLarge(maxBytes: number): ApiErrorData {
  return { code: 'too_large', messageKey: 'errors.replyTooLarge', details: { maxMiB: Math.floor(maxBytes / MIB) } };
}

/**
 * The reply to call `id`: the result if it can be sent, else an error envelope in its
 * place (which always can). `failure` says what went wrong, for the log.
 */
export function encodeReply(
  id: number,
  result: Envelope<unknown>,
  maxBytes: number,
): { text: string; bytes: number; failure: string | null } {
  const encoded = encodeFrame({ type: 'reply', id, result }, maxBytes);
  if (encoded.ok) return { ...encoded, failure: null };
  const text = JSON.stringify({ type: 'reply', id, result: { ok: false, error: encoded.error } } satisfies ServerFrame);
  return { text, bytes: Buffer.byteLength(text), failure: encoded.cause };
}
