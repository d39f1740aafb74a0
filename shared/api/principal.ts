// Who is on the other end of a connection. The host decides it (the desktop window and
// the staff key are staff; a guest's secret names a participant, a waiting joiner, an
// evaluator, a controller or the projector), never the client: every right the dispatcher checks comes from here, and a
// participant's team is read from its principal, never from a call's input.
import { z } from 'zod';

export const PRINCIPAL_KINDS = [
  'staff',
  'participant',
  'waiting',
  'evaluator',
  'controller',
  'projector',
  'guest',
] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

const id = z.string().min(1).max(64);

export const principalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), staffId: id }),
  z.object({ kind: z.literal('participant'), sessionId: z.uuid(), participantId: id, teamId: id }),
  /** Joined with the code, not yet admitted to a team by the facilitator. */
  z.object({ kind: z.literal('waiting'), sessionId: z.uuid(), participantId: id }),
  z.object({ kind: z.literal('evaluator'), sessionId: z.uuid(), evaluatorId: id }),
  /**
   * Joined with the code and admitted as a controller: runs this one session with the
   * facilitator, acting as the session's staff member `staffId` (their participant id).
   */
  z.object({ kind: z.literal('controller'), sessionId: z.uuid(), staffId: id }),
  z.object({ kind: z.literal('projector'), sessionId: z.uuid() }),
  /** A browser on the guest address that has not joined (or resumed) yet: it may only do that. */
  z.object({ kind: z.literal('guest') }),
]);
export type Principal = z.infer<typeof principalSchema>;

/** The desktop window and the host's staff link: the person who looks after the library. */
export const DESKTOP_STAFF: Principal = { kind: 'staff', staffId: 'desktop' };

export const STAFF_ONLY: readonly PrincipalKind[] = ['staff'];
export const EVERYONE: readonly PrincipalKind[] = PRINCIPAL_KINDS;

export const GUEST: Principal = { kind: 'guest' };

/** The session a principal belongs to; null for staff (every session) and a guest (none yet). */
export function sessionOf(principal: Principal): string | null {
  return principal.kind === 'staff' || principal.kind === 'guest' ? null : principal.sessionId;
}

/** For methods whose input names a session: a guest of one session may name only that one. */
export function mayNameSession(input: { sessionId: string }, principal: Principal): boolean {
  return principal.kind === 'staff' || sessionOf(principal) === input.sessionId;
}
