// A small exercise and a session log driven by hand, shared by the session tests.
import { exerciseSchema, type Exercise } from '../../../shared/model/exercise';
import type { Actor, EventDraft, SessionEvent } from '../../../shared/session/events';
import { reduce, stampEvent } from '../../../shared/session/reducer';
import { releaseDueInjects } from '../../../shared/session/scheduler';
import type { SessionState } from '../../../shared/session/state';

export const SESSION_ID = '7d1f0c36-2b7e-4d0a-9a53-0c8f6a1e2b44';
export const FACILITATOR: Actor = { kind: 'staff', id: 'fac' };
export const SYSTEM: Actor = { kind: 'system', id: 'host' };
export const EVALUATOR: Actor = { kind: 'evaluator', id: 'eva' };
export const scribeFor = (teamId: string): Actor => ({ kind: 'scribe', id: 'fac', teamId });
export const participant = (id: string, teamId: string): Actor => ({ kind: 'participant', id, teamId });

const team = (id: string, name: string) => ({ id, name, colour: '#336699' });
const base = { channel: 'phone' as const, sender: 'Duty officer' };

/**
 * Police (A), fire (B) and health (C, not taking part). Injects, in MSEL order:
 * 1 auto T+1:00 to everyone; 2 auto T+2:00 to A, 5-minute limit; 3 manual T+3:00 to B;
 * C1 contingency T+3:20 to A; 4 auto T+5:00 to A and B; 5 auto T+5:00 to B (same time,
 * listed after 4); 6 auto T+10:00 to C only.
 */
export function exerciseFixture(): Exercise {
  return exerciseSchema.parse({
    id: '0b8a3d5e-5f0c-4a43-8d7e-6f3a2e1c9b10',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    revision: 1,
    title: 'Port fire',
    teams: [team('A', 'Police'), team('B', 'Fire'), team('C', 'Health')],
    phases: [{ id: 'p1', name: 'Alarm', discussionQuestions: ['Who leads?'] }],
    injects: [
      { ...base, id: 'i1', number: '1', offsetSec: 60, audience: 'all', title: 'Smoke at the port' },
      {
        ...base,
        id: 'i2',
        number: '2',
        offsetSec: 120,
        recipientTeamIds: ['A'],
        title: 'Crowd at gate 3',
        controllerNotes: 'Push them to close the road',
        expectedActions: [{ id: 'a1', teamId: 'A', description: 'Close the road', timeLimitMin: 5 }],
        discussionQuestions: ['How do you clear the gate?'],
        decisionOptions: ['Close', 'Wait'],
      },
      {
        ...base,
        id: 'i3',
        number: '3',
        offsetSec: 180,
        release: 'manual',
        recipientTeamIds: ['B'],
        title: 'Call from the mayor',
      },
      {
        ...base,
        id: 'c1',
        number: 'C1',
        offsetSec: 200,
        contingency: true,
        recipientTeamIds: ['A'],
        title: 'Second fire',
      },
      { ...base, id: 'i4', number: '4', offsetSec: 300, recipientTeamIds: ['A', 'B'], title: 'Tanker leaking' },
      { ...base, id: 'i5', number: '5', offsetSec: 300, recipientTeamIds: ['B'], title: 'Hose burst' },
      { ...base, id: 'i6', number: '6', offsetSec: 600, recipientTeamIds: ['C'], title: 'Ambulances needed' },
    ],
  });
}

const WALL_ORIGIN = Date.parse('2026-11-30T08:00:00.000Z');

/** A session log driven by hand: `mono` is the host's monotonic time, moved by tick(). */
export class SessionLog {
  events: SessionEvent[] = [];
  state: SessionState;
  mono = 1_000;

  constructor(exercise: Exercise = exerciseFixture(), teamIds: string[] = ['A', 'B'], rehearsal = false) {
    this.state = undefined as unknown as SessionState;
    this.append(
      {
        type: 'session_created',
        sessionId: SESSION_ID,
        exercise,
        teamIds,
        staff: [{ id: 'fac', name: 'Facilitator', role: 'facilitator' }],
        evaluators: [{ id: 'eva', name: 'Evaluator', teamIds: [] }],
        joinCode: 'K7MQ2X',
        rehearsal,
      },
      FACILITATOR,
    );
  }

  get at(): string {
    return new Date(WALL_ORIGIN + this.mono).toISOString();
  }

  tick(ms: number): this {
    this.mono += ms;
    return this;
  }

  /** Stamps, reduces and keeps one event; throws (keeping nothing) if the reducer refuses it. */
  append(body: DistributiveOmit<EventDraft, 'at' | 'mono' | 'actor'>, actor: Actor = FACILITATOR): SessionEvent {
    const event = stampEvent(this.state, { ...body, at: this.at, mono: this.mono, actor } as EventDraft);
    this.state = reduce(this.state, event);
    this.events.push(event);
    return event;
  }

  /** Someone asking to join, in their own name, under their id as their name. */
  join(
    participantId: string,
    requestedRole: Extract<EventDraft, { type: 'participant_joined' }>['requestedRole'],
    requestedTeamId: string | null = 'A',
  ): SessionEvent {
    return this.append(
      { type: 'participant_joined', participantId, name: participantId, requestedTeamId, requestedRole },
      { kind: 'participant', id: participantId },
    );
  }

  /** What the host's timer does when it fires: release everything due now. */
  releaseDue(): SessionEvent[] {
    const { state, events } = releaseDueInjects(this.state, this.at, this.mono);
    this.state = state;
    this.events.push(...events);
    return events;
  }

  released(): string[] {
    return this.events.flatMap((e) => (e.type === 'inject_released' ? [e.injectId] : []));
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
