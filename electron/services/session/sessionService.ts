// Stores and runs live sessions on top of the pure core (shared/session, see its README).
//
// A session is its event log in SQLite; its state lives in memory, derived by the
// reducer, and is rebuilt by `replay` when the service starts. Every change is an append:
// stamp the drafts, reduce them (a refusal throws a DomainError and nothing is written),
// add whatever the schedule now finds due, INSERT them all in one transaction (WAL,
// synchronous=FULL: once a call returns, it is on disk), keep the new state, then publish.
// Appends are synchronous from reduce to commit, and Node runs one callback at a time, so
// the appends of a session are serialised and its `seq` stays contiguous.
//
// Each live session has ONE release timer, re-armed after every append for the next
// automatic inject (scheduler.nextDue), and a heartbeat timer while its clock runs
// (recovery.ts). At start-up every unfinished session gets `clock_recovered` then what is due.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import type { Clock, Logger, MonotonicClock, TimerId, Timers } from '../../host/ports';
import type { Exercise } from '../../../shared/model/exercise';
import { scenarioMsAt } from '../../../shared/session/clock';
import type { SessionCommand } from '../../../shared/session/commands';
import type { EventDraft, ParticipantRole, SessionEvent } from '../../../shared/session/events';
import { refuse } from '../../../shared/session/guards';
import { generateJoinCode, type RandomBytes } from '../../../shared/session/joinCode';
import { heartbeatIntervalMs, needsRecovery, recoveryDraft } from '../../../shared/session/recovery';
import { reduce, replay, stampEvent } from '../../../shared/session/reducer';
import { nextDue, releaseDueInjects } from '../../../shared/session/scheduler';
import type { SessionState } from '../../../shared/session/state';
import { viewForStaff } from '../../../shared/session/visibility';
import type { StaffView } from '../../../shared/session/views';
import { commandDrafts, type DraftBody } from './commands';
import { alreadyRecorded, checkJoinable, isFinished } from '../../../shared/session/guestRules';
import { createSessionStore, type SessionRow } from './sessionStore';

export type SessionServiceDeps = {
  db: Db;
  clock: Clock;
  monotonic: MonotonicClock;
  timers: Timers;
  logger: Logger;
  random: RandomBytes;
  /** Called after every append, once it is on disk: the host puts it on the event bus. */
  publish(sessionId: string, seq: number): void;
};

export type CreateSessionInput = {
  teamIds: string[];
  staff: { id: string; name: string; role: 'facilitator' | 'controller' }[];
  evaluators: { id: string; name: string; teamIds: string[] }[];
  rehearsal: boolean;
};

export type SessionSnapshot = { seq: number; view: StaffView };

/** When an automatic release fails (a full disk), the timer tries again this much later. */
const RETRY_MS = 1_000;

type Live = { state: SessionState; releaseTimer: TimerId | null; heartbeatTimer: TimerId | null };

/** Who acts for the control cell until staff sign in individually: the first facilitator. */
function defaultStaffId(state: Pick<SessionState, 'staff'>): string {
  // An empty list has no one: the reducer then refuses the actor, translated.
  return (state.staff.find((s) => s.role === 'facilitator') ?? state.staff[0])?.id ?? '';
}

export function createSessionService(deps: SessionServiceDeps) {
  const { db, clock, monotonic, timers, logger } = deps;
  const store = createSessionStore(db);
  const sessions = new Map<string, Live>();
  let closed = false;

  function load(sessionId: string): Live {
    const known = sessions.get(sessionId);
    if (known) return known;
    const events = store.events(sessionId);
    if (events.length === 0) refuse('session.errors.not_created', { sessionId }, 'not_found');
    const live: Live = { state: replay(events), releaseTimer: null, heartbeatTimer: null };
    sessions.set(sessionId, live);
    return live;
  }

  /**
   * Reduces the drafts `build` makes (given the time now), adds the releases now due, and
   * writes them all in one transaction. Throws, writing nothing, if the reducer refuses one.
   */
  /** `alsoWrite`: another write that must stand or fall with these events (a joiner's secret). */
  function append(
    live: Live,
    build: (state: SessionState, at: string, mono: number) => EventDraft[],
    alsoWrite?: () => void,
  ): void {
    const at = clock.now().toISOString();
    const mono = monotonic.nowMs();
    const before = live.state;
    let state = before;
    const events: SessionEvent[] = [];
    for (const draft of build(state, at, mono)) {
      const event = stampEvent(state, draft);
      state = reduce(state, event);
      events.push(event);
    }
    const due = releaseDueInjects(state, at, mono);
    state = due.state;
    events.push(...due.events);
    if (events.length > 0) {
      db.transaction(() => {
        for (const event of events) store.insertEvent(state.sessionId, event);
        if (state.status !== before.status) store.setStatus(state.sessionId, state.status, state.ended?.at ?? null);
        alsoWrite?.();
      }).immediate();
      live.state = state;
      deps.publish(state.sessionId, state.lastSeq);
    }
    arm(live);
  }

  /** The one release timer and the heartbeat, for the state as it now stands. */
  function arm(live: Live): void {
    disarm(live);
    if (closed) return;
    const mono = monotonic.nowMs();
    const due = nextDue(live.state, mono);
    if (due && due.wallDelayMs !== null) {
      live.releaseTimer = timers.setTimeout(() => onReleaseTimer(live), due.wallDelayMs);
    }
    const { clock: sessionClock, status } = live.state;
    if (status === 'live' && sessionClock.running) {
      live.heartbeatTimer = timers.setTimeout(() => onHeartbeat(live), heartbeatIntervalMs(sessionClock));
    }
  }

  function disarm(live: Live): void {
    if (live.releaseTimer !== null) timers.clearTimeout(live.releaseTimer);
    if (live.heartbeatTimer !== null) timers.clearTimeout(live.heartbeatTimer);
    live.releaseTimer = null;
    live.heartbeatTimer = null;
  }

  function onReleaseTimer(live: Live): void {
    live.releaseTimer = null;
    try {
      append(live, () => []);
    } catch (error) {
      // Nothing was written; the injects are still due, so try again shortly.
      logger.error('automatic release failed', { sessionId: live.state.sessionId, error: String(error) });
      disarm(live);
      if (!closed) live.releaseTimer = timers.setTimeout(() => onReleaseTimer(live), RETRY_MS);
    }
  }

  function onHeartbeat(live: Live): void {
    live.heartbeatTimer = null;
    const { state } = live;
    try {
      store.saveHeartbeat(state.sessionId, {
        scenarioMs: scenarioMsAt(state.clock, monotonic.nowMs()),
        at: clock.now().toISOString(),
      });
    } catch (error) {
      // A missed heartbeat costs at most a second of scenario time after a crash: log it, go on.
      logger.error('session heartbeat not saved', { sessionId: state.sessionId, error: String(error) });
    }
    if (!closed && state.status === 'live' && state.clock.running) {
      live.heartbeatTimer = timers.setTimeout(() => onHeartbeat(live), heartbeatIntervalMs(state.clock));
    }
  }

  function snapshot(live: Live): SessionSnapshot {
    return { seq: live.state.lastSeq, view: viewForStaff(live.state, monotonic.nowMs()) };
  }

  /** After a crash or a restart: every unfinished session comes back paused where it had got to. */
  function recover(): void {
    for (const sessionId of store.unfinishedIds()) {
      try {
        const live = load(sessionId);
        if (!needsRecovery(live.state)) continue;
        const heartbeat = store.heartbeat(sessionId);
        append(live, (state, at, mono) => [recoveryDraft(state, heartbeat, at, mono)]);
        logger.info('session recovered', { sessionId, reachedMs: live.state.clock.anchorMs });
      } catch (error) {
        // One damaged session must not keep the library closed: it stays unloaded (opening
        // it reports the error again), and the log says which and why.
        sessions.delete(sessionId);
        logger.error('session not recovered', {
          sessionId,
          error: error instanceof Error ? error.stack : String(error),
        });
      }
    }
  }

  recover();

  return {
    /**
     * A new session from the exercise as it is now, frozen into the session_created event,
     * so later edits in the library never change it. "Run again" is just this again: a new
     * session from the exercise's current version; earlier sessions are left as they are.
     */
    create(exercise: Exercise, input: CreateSessionInput): SessionSnapshot {
      const sessionId = randomUUID();
      const joinCode = generateJoinCode(deps.random, (code) => store.joinCodeTaken(code));
      const draft: EventDraft = {
        type: 'session_created',
        sessionId,
        exercise,
        teamIds: input.teamIds,
        staff: input.staff,
        evaluators: input.evaluators,
        joinCode,
        rehearsal: input.rehearsal,
        at: clock.now().toISOString(),
        mono: monotonic.nowMs(),
        actor: { kind: 'staff', id: defaultStaffId(input) },
      };
      const event = stampEvent(undefined, draft);
      const state = reduce(undefined, event);
      db.transaction(() => {
        store.insertSession({
          id: sessionId,
          exerciseId: exercise.id,
          title: exercise.title,
          rehearsal: input.rehearsal,
          status: state.status,
          joinCode,
          createdAt: event.at,
        });
        store.insertEvent(sessionId, event);
      }).immediate();
      const live: Live = { state, releaseTimer: null, heartbeatTimer: null };
      sessions.set(sessionId, live);
      deps.publish(sessionId, state.lastSeq);
      return snapshot(live);
    },

    /** Refused (nothing written) with a translated DomainError when the session cannot do it. */
    command(sessionId: string, command: SessionCommand, staffId?: string): SessionSnapshot {
      const live = load(sessionId);
      // Checked here as well as by the reducer: a session finished in an earlier run of
      // the host has monotonic times from that run, which the reducer would report instead.
      if (isFinished(live.state)) refuse('session.errors.finished', { status: live.state.status });
      const actorId = staffId ?? defaultStaffId(live.state);
      append(live, (state, at, mono) =>
        commandDrafts(state, command, actorId, mono).map(
          ({ body, actor }) => ({ ...body, at, mono, actor }) as EventDraft,
        ),
      );
      return snapshot(live);
    },

    get(sessionId: string): SessionSnapshot {
      return snapshot(load(sessionId));
    },

    /**
     * The state itself, read-only, with the monotonic time now: what the participant
     * transport (next) needs for viewForTeam/viewForProjector and mayReceive. Participants'
     * own actions will go through the same `append`, with their principal as the actor.
     */
    stateOf(sessionId: string): { state: SessionState; mono: number } {
      return { state: load(sessionId).state, mono: monotonic.nowMs() };
    },

    /** The running session a join code opens, or null (wrong, or the session is over). */
    sessionWithJoinCode(code: string): string | null {
      return store.openSessionWithCode(code);
    },

    /** Whether a session that is over had this code (codes are reused once a session ends). */
    finishedSessionHadCode(code: string): boolean {
      return store.finishedSessionHadCode(code);
    },

    /**
     * Someone joining from their own device: appended with the newcomer as the actor, who
     * then waits for the control cell. Refused (nothing written) past PARTICIPANTS_MAX.
     */
    join(
      sessionId: string,
      person: { name: string; requestedTeamId: string | null; requestedRole: ParticipantRole },
      /** Written in the same transaction as the event, given the new participant's id. */
      alsoWrite?: (participantId: string) => void,
    ): { participantId: string } {
      const live = load(sessionId);
      checkJoinable(live.state);
      const { name, requestedTeamId, requestedRole } = person;
      const participantId = randomUUID();
      append(
        live,
        (_state, at, mono) => [
          {
            type: 'participant_joined',
            participantId,
            name,
            requestedTeamId,
            requestedRole,
            at,
            mono,
            actor: { kind: 'participant', id: participantId },
          },
        ],
        alsoWrite && (() => alsoWrite(participantId)),
      );
      return { participantId };
    },

    /**
     * A participant's own action, for the team the caller's principal names (never one from
     * the input); the reducer refuses a participant who is not admitted to that team.
     */
    participantAct(sessionId: string, participantId: string, teamId: string, body: DraftBody): void {
      const live = load(sessionId);
      if (isFinished(live.state)) refuse('session.errors.finished', { status: live.state.status });
      // A device sending again what the host already has (its reply was lost): done already.
      if (alreadyRecorded(live.state, body)) return;
      append(live, (_state, at, mono) => [
        { ...body, at, mono, actor: { kind: 'participant', id: participantId, teamId } } as EventDraft,
      ]);
    },

    /** The log after `afterSeq`, at most `limit` events, for a screen catching up. */
    events(sessionId: string, afterSeq: number, limit: number): { events: SessionEvent[]; lastSeq: number } {
      const live = load(sessionId);
      return { events: store.events(sessionId, afterSeq, limit), lastSeq: live.state.lastSeq };
    },

    list(exerciseId: string | null, includeRehearsals: boolean): SessionRow[] {
      return store.list(exerciseId, includeRehearsals);
    },

    close(): void {
      closed = true;
      for (const live of sessions.values()) disarm(live);
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
