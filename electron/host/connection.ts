// One WebSocket client: its call frames go to the dispatcher, replies and events come
// back. Nothing a client does, and nothing a reply holds, may take the host down or
// grow its memory without end: every dispatch is awaited with its failure handled, a
// reply that cannot be sent is answered as an error, and a client that stops reading
// is dropped once its unsent backlog passes a cap (the browser reconnects by itself).
import type { WebSocket } from 'ws';
import { SEND_BACKLOG_BYTES_MAX, STAFF_FRAME_BYTES_MAX } from '../../shared/api/limits';
import { callFrameSchema, type ServerFrame } from '../../shared/api/wire';
import type { Envelope } from '../../shared/api/errors';
import type { HostCore } from './core';
import { DESKTOP_STAFF, GUEST, type Principal } from '../../shared/api/principal';
import type { GuestBinding } from '../services/session/guestStore';
import type { Caller } from './dispatcher';
import { encodeFrame, encodeReply } from './frames';
import type { Logger } from './ports';

export type SendLimits = {
  /** Unsent bytes a connection may hold for events (and small replies). */
  backlogBytesMax: number;
  /** One reply may be this large, and may wait unsent on top of the backlog. */
  replyBytesMax: number;
};

export const DEFAULT_SEND_LIMITS: SendLimits = {
  backlogBytesMax: SEND_BACKLOG_BYTES_MAX,
  replyBytesMax: STAFF_FRAME_BYTES_MAX,
};

/** Close code for "the client read too slowly": 1013 is "try again later". */
export const CLOSE_TOO_SLOW = 1013;
const TERMINATE_AFTER_MS = 2_000;

const internal = (method: string): Envelope<never> => ({
  ok: false,
  error: { code: 'internal', messageKey: 'errors.internal', details: { method } },
});

export type ConnectionCore = Pick<HostCore, 'dispatch' | 'subscriptions' | 'guestPrincipal' | 'presence'>;

export function serveConnection(options: {
  ws: WebSocket;
  connection: number;
  core: ConnectionCore;
  logger: Logger;
  limits: SendLimits;
  /** Opened with the staff key: staff. Otherwise a guest, until it joins or resumes. */
  staff: boolean;
  remoteAddress: string;
}): void {
  const { ws, connection, core, logger, limits } = options;
  /** Set by session.join / session.resume; the principal is worked out from it at every use. */
  let guest: GuestBinding | null = null;
  const principal = (): Principal => {
    if (options.staff) return DESKTOP_STAFF;
    if (guest === null) return GUEST;
    try {
      return core.guestPrincipal(guest);
    } catch (error) {
      // Removed since (or its session unreadable): a guest again, who may join anew. The
      // reason reaches the person through session.resume / session.join, translated.
      logger.info('guest connection unbound', {
        connection,
        sessionId: guest.sessionId,
        reason: error instanceof Error ? error.message : String(error),
      });
      guest = null;
      return GUEST;
    }
  };
  /** Reply bytes handed to the socket and not yet written out: the allowance on top of the backlog. */
  let replyBytesUnsent = 0;

  /** Sends, unless that would leave more unsent than allowed: then the client is dropped. */
  const write = (text: string, bytes: number, kind: 'reply' | 'event' | 'protocol_error') => {
    if (ws.readyState !== ws.OPEN) return;
    const replies = replyBytesUnsent + (kind === 'reply' ? bytes : 0);
    const allowed = limits.backlogBytesMax + Math.min(replies, limits.replyBytesMax);
    if (ws.bufferedAmount + bytes > allowed) {
      logger.warn('websocket client reads too slowly: dropped', {
        connection,
        bufferedBytes: ws.bufferedAmount,
        frameBytes: bytes,
        allowedBytes: allowed,
      });
      ws.close(CLOSE_TOO_SLOW, 'send backlog full');
      // It is not reading, so it may never answer the close: do not wait for it.
      setTimeout(() => ws.terminate(), TERMINATE_AFTER_MS).unref();
      return;
    }
    if (kind === 'reply') replyBytesUnsent += bytes;
    ws.send(text, (error) => {
      if (kind === 'reply') replyBytesUnsent -= bytes;
      if (error) logger.warn('websocket send failed', { connection, kind, error: error.message });
    });
  };

  const reply = (id: number, method: string, result: Envelope<unknown>) => {
    const encoded = encodeReply(id, result, limits.replyBytesMax);
    if (encoded.failure) logger.error('reply could not be sent as is', { connection, method, cause: encoded.failure });
    write(encoded.text, encoded.bytes, 'reply');
  };

  const sendFrame = (frame: ServerFrame, kind: 'event' | 'protocol_error') => {
    const encoded = encodeFrame(frame, limits.backlogBytesMax);
    if (!encoded.ok) {
      logger.error('frame could not be sent', { connection, kind, cause: encoded.cause });
      return;
    }
    write(encoded.text, encoded.bytes, kind);
  };

  const subscriptions = core.subscriptions.open(principal, (event) => {
    try {
      sendFrame({ type: 'event', ...event }, 'event');
    } catch (error) {
      // Never let one connection's trouble fail the write that published the event.
      logger.error('event push failed', { connection, error: error instanceof Error ? error.stack : String(error) });
    }
  });
  const caller = (): Caller => ({
    principal: principal(),
    transport: 'ws',
    connectionId: String(connection),
    remoteAddress: options.remoteAddress,
    subscriptions,
    bindGuest: options.staff
      ? undefined
      : (binding) => {
          const before = guest?.sessionId ?? null;
          guest = binding;
          if (before !== null && before !== binding.sessionId) core.presence.changed(before);
          core.presence.changed(binding.sessionId);
        },
  });
  // Guests are counted as present in their session for the console; staff are not.
  if (!options.staff) core.presence.open(String(connection), principal);
  ws.on('close', () => {
    subscriptions.close();
    if (!options.staff) core.presence.close(String(connection), guest?.sessionId ?? null);
  });
  ws.on('error', (error) => logger.warn('websocket error', { connection, error: error.message }));
  ws.on('message', (data, isBinary) => {
    let frame;
    try {
      if (isBinary) throw new Error('binary frame');
      frame = callFrameSchema.parse(JSON.parse(data.toString()));
    } catch (error) {
      logger.warn('unreadable frame', { connection, error: error instanceof Error ? error.message : String(error) });
      sendFrame(
        { type: 'protocol_error', error: { code: 'invalid_input', messageKey: 'errors.invalidFrame', details: {} } },
        'protocol_error',
      );
      return;
    }
    const { id, method, input } = frame;
    core
      .dispatch(method, input, caller())
      .catch((error: unknown) => {
        logger.error('dispatch failed', {
          connection,
          method,
          error: error instanceof Error ? error.stack : String(error),
        });
        return internal(method);
      })
      .then((result) => reply(id, method, result))
      .catch((error: unknown) => {
        // Only a bug in the lines above lands here; it is logged, and the host stays up.
        logger.error('reply failed', {
          connection,
          method,
          error: error instanceof Error ? error.stack : String(error),
        });
      });
  });
}
