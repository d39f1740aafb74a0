// Who is connected to a session now: the guest connections (participants, people waiting,
// evaluators, controllers, projector screens) that are open. Kept in memory, never in the event log —
// presence is ephemeral and a restart of the host starts with nobody — and told to the
// control cell only (staff, the session's controllers): a participant never learns who
// else is connected.
//
// A connection is registered with a function that says what its principal is now (an
// admission, a move or a removal changes it without the connection doing anything), so
// the count is worked out when asked and can never drift from the connections' own view.
import type { Presence } from '../../shared/api/contract';
import { sessionOf, type Principal } from '../../shared/api/principal';

/** The presence of one session among these principals (pure). */
export function presenceOf(sessionId: string, principals: Iterable<Principal>): Presence {
  const people: Record<string, number> = {};
  let projectors = 0;
  const count = (id: string) => {
    people[id] = (people[id] ?? 0) + 1;
  };
  for (const principal of principals) {
    if (sessionOf(principal) !== sessionId) continue;
    if (principal.kind === 'participant' || principal.kind === 'waiting') count(principal.participantId);
    else if (principal.kind === 'evaluator') count(principal.evaluatorId);
    else if (principal.kind === 'controller') count(principal.staffId);
    else if (principal.kind === 'projector') projectors += 1;
  }
  return { people, projectors };
}

export function createPresenceTracker(onChange: (sessionId: string) => void) {
  const connections = new Map<string, () => Principal>();
  return {
    /** A guest connection opened: `principal` is asked anew at every count. */
    open(connectionId: string, principal: () => Principal): void {
      connections.set(connectionId, principal);
    },
    /** A connection now belongs to `sessionId` (joined, resumed): staff are told. */
    changed(sessionId: string | null): void {
      if (sessionId !== null) onChange(sessionId);
    },
    /** A connection closed; `sessionId` is the session it belonged to, if any. */
    close(connectionId: string, sessionId: string | null): void {
      if (!connections.delete(connectionId)) return;
      if (sessionId !== null) onChange(sessionId);
    },
    of(sessionId: string): Presence {
      return presenceOf(
        sessionId,
        [...connections.values()].map((principal) => principal()),
      );
    },
  };
}
export type PresenceTracker = ReturnType<typeof createPresenceTracker>;
