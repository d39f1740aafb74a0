// Guests: people who join a session with its code from their own browser, and projector
// displays. Each gets a secret (kept in its browser) that brings it back as the same
// person after a reload or a host restart, with no new code. A guest's principal is
// worked out from the session's log every time it is asked for, so an admission, a move
// or a removal changes what a live connection may do at once.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';
import type { Clock } from '../../host/ports';
import type { Principal } from '../../../shared/api/principal';
import { refuse } from '../../../shared/session/guards';
import { checkJoinable, joinInfoOf } from '../../../shared/session/guestRules';
import type { ParticipantRole } from '../../../shared/session/events';
import { parseJoinCode } from '../../../shared/session/joinCode';
import { createGuestStore, type GuestBinding } from './guestStore';
import type { SessionService } from './sessionService';

const SECRET_BYTES = 32;

export function createGuestService(deps: { db: Db; clock: Clock; sessions: SessionService }) {
  const { db, clock, sessions } = deps;
  const store = createGuestStore(db);

  function issue(binding: GuestBinding): string {
    const secret = randomBytes(SECRET_BYTES).toString('base64url');
    store.insert(secret, binding, clock.now().toISOString());
    return secret;
  }

  /** The principal a binding stands for now; refused once the person was removed. */
  function principalOf(binding: GuestBinding): Principal {
    const { state } = sessions.stateOf(binding.sessionId);
    if (binding.kind === 'projector') return { kind: 'projector', sessionId: binding.sessionId };
    const person = state.participants[binding.subjectId];
    if (!person || person.status === 'removed') refuse('session.errors.removed', {}, 'forbidden');
    if (person.status === 'admitted' && person.role === 'evaluator')
      return { kind: 'evaluator', sessionId: binding.sessionId, evaluatorId: person.id };
    if (person.status === 'admitted' && person.role === 'controller')
      return { kind: 'controller', sessionId: binding.sessionId, staffId: person.id };
    if (person.status === 'admitted' && person.teamId !== null)
      return { kind: 'participant', sessionId: binding.sessionId, participantId: person.id, teamId: person.teamId };
    return { kind: 'waiting', sessionId: binding.sessionId, participantId: person.id };
  }

  return {
    principalOf,

    /**
     * What the join page shows for a code: the session's title and teams. Null for a code
     * no session ever had (the caller slows the next try down); refused for a session that
     * is over, or full.
     */
    joinInfo(joinCode: string) {
      const code = parseJoinCode(joinCode);
      if (code === null) return null;
      const sessionId = sessions.sessionWithJoinCode(code);
      if (sessionId === null) {
        if (sessions.finishedSessionHadCode(code)) refuse('session.errors.sessionEnded', {}, 'forbidden');
        return null;
      }
      const { state } = sessions.stateOf(sessionId);
      checkJoinable(state);
      return joinInfoOf(state);
    },

    /** Returns null for a wrong or expired code (the caller slows the next try down). */
    join(input: { joinCode: string; name: string; requestedTeamId: string | null; requestedRole: ParticipantRole }) {
      const code = parseJoinCode(input.joinCode);
      const sessionId = code === null ? null : sessions.sessionWithJoinCode(code);
      if (sessionId === null) return null;
      // The newcomer and their secret are written in one transaction: a crash between the
      // two would leave someone waiting in the console whom no browser can ever be.
      let issued: { secret: string; binding: GuestBinding } | null = null;
      sessions.join(sessionId, input, (participantId) => {
        const binding: GuestBinding = { sessionId, kind: 'participant', subjectId: participantId };
        issued = { secret: issue(binding), binding };
      });
      if (issued === null) throw new Error('join wrote no secret');
      return issued as { secret: string; binding: GuestBinding };
    },

    /** The binding a secret stands for; refused when the host never issued it. */
    resume(secret: string): GuestBinding {
      const binding = store.find(secret);
      if (!binding) refuse('session.errors.secretUnknown', {}, 'forbidden');
      principalOf(binding); // a removed person is told so now, not on the next call
      return binding;
    },

    projectorLink(sessionId: string): string {
      sessions.stateOf(sessionId); // refuses an unknown session
      return issue({ sessionId, kind: 'projector', subjectId: '' });
    },
  };
}
export type GuestService = ReturnType<typeof createGuestService>;
