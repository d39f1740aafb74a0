// The one place every API call passes through, whichever transport carried it: it
// checks the method exists and the caller's principal may use it (its kind, then the
// input against the principal: a participant names only its own session), validates
// the input against the contract before any handler runs (so invalid input writes
// nothing), and turns every failure into a structured error envelope.
import { z } from 'zod';
import {
  isMethodName,
  methods,
  type MethodName,
  type MethodOutput,
  type AnyMethodSpec,
  type Methods,
} from '../../shared/api/contract';
import type { Principal } from '../../shared/api/principal';
import type { GuestBinding } from '../services/session/guestStore';
import type { Subscriber } from './subscriptions';
import { DomainError, errorKey, type Envelope, type FieldIssue } from '../../shared/api/errors';
import type { Logger } from './ports';

/** Who calls (decided by the transport, never by the client) and over what. */
export type Caller = {
  principal: Principal;
  transport: 'ipc' | 'ws' | 'http' | 'test';
  connectionId?: string;
  /** The peer's address, for per-address limits (joining). */
  remoteAddress?: string;
  /** Given by guest connections: joining or resuming makes the connection that guest. */
  bindGuest?: (binding: GuestBinding) => void;
  /** The connection's pushed events (subscriptions.ts); absent for callers with no push. */
  subscriptions?: Subscriber;
};

export type Handlers = {
  [M in MethodName]: (
    input: z.output<Methods[M]['input']>,
    caller: Caller,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export type Dispatch = (name: unknown, input: unknown, caller: Caller) => Promise<Envelope<unknown>>;

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issue.code,
    message: issue.message,
  }));
}

function fail(code: DomainError['code'], details: Record<string, unknown> = {}, messageKey = errorKey(code)) {
  return { ok: false as const, error: { code, messageKey, details } };
}

/** Recognises failures that are not bugs (a full disk…) and words them; null for the rest. */
export type ErrorClassifier = (error: unknown) => DomainError | null;

export function createDispatcher(handlers: Handlers, logger: Logger, classify?: ErrorClassifier): Dispatch {
  return async function dispatch(name, input, caller) {
    if (!isMethodName(name)) return fail('unknown_method', { method: String(name) });
    const spec: AnyMethodSpec = methods[name];
    const kind = caller.principal.kind;
    if (!spec.principals.includes(kind)) return fail('forbidden', { method: name, principal: kind });
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid_input', { method: name, issues: toFieldIssues(parsed.error) });
    const allows = spec.allows as ((input: unknown, principal: Principal) => boolean) | undefined;
    if (allows && !allows(parsed.data, caller.principal)) return fail('forbidden', { method: name, principal: kind });
    try {
      const handler = handlers[name] as (input: unknown, caller: Caller) => unknown;
      const value = await handler(parsed.data, caller);
      // Outputs are checked too: a handler that breaks the contract is a bug we want
      // to see in tests and logs, not data a client silently misreads.
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        logger.error('handler output breaks the contract', { method: name, issues: toFieldIssues(checked.error) });
        return fail('internal', { method: name });
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.details, error.messageKey);
      if (error instanceof z.ZodError) return fail('invalid_input', { method: name, issues: toFieldIssues(error) });
      const known = classify?.(error);
      if (known) {
        logger.error('call failed', { method: name, messageKey: known.messageKey, error: String(error) });
        return fail(known.code, known.details, known.messageKey);
      }
      logger.error('handler failed', { method: name, error: error instanceof Error ? error.stack : String(error) });
      return fail('internal', { method: name });
    }
  };
}
