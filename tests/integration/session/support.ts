// A six-inject exercise and typed calls through the host core, for the session tests.
import type { HostCore } from '../../../electron/host/core';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { SessionCommandInput } from '../../../shared/session/commands';
import type { SessionEvent } from '../../../shared/session/events';
import type { Caller } from '../../../electron/host/dispatcher';
import type { GuestBinding } from '../../../electron/services/session/guestStore';
import { GUEST } from '../../../shared/api/principal';
import { facilitator } from '../../support/core';

const team = (id: string, name: string) => ({ id, name, colour: '#336699' });
const base = { channel: 'phone' as const, sender: 'Duty officer' };

/**
 * Police (A), fire (B), health (C). In MSEL order: a1 auto T+1:00 to everyone; a2 auto
 * T+2:00 to A; m1 manual T+3:00 to B; c1 contingency T+3:30 to A; a3 auto T+5:00 to A and
 * B; a4 auto T+10:00 to B.
 */
export const SIX_INJECTS: MethodInput<'library.create'> = {
  title: 'Port fire',
  language: 'en',
  teams: [team('A', 'Police'), team('B', 'Fire'), team('C', 'Health')],
  phases: [{ id: 'p1', name: 'Alarm', discussionQuestions: ['Who leads?'] }],
  injects: [
    { ...base, id: 'a1', number: '1', offsetSec: 60, audience: 'all', title: 'Smoke at the port' },
    { ...base, id: 'a2', number: '2', offsetSec: 120, recipientTeamIds: ['A'], title: 'Crowd at gate 3' },
    {
      ...base,
      id: 'm1',
      number: '3',
      offsetSec: 180,
      release: 'manual',
      recipientTeamIds: ['B'],
      title: 'Mayor calls',
    },
    {
      ...base,
      id: 'c1',
      number: 'C1',
      offsetSec: 210,
      contingency: true,
      recipientTeamIds: ['A'],
      title: 'Second fire',
    },
    { ...base, id: 'a3', number: '4', offsetSec: 300, recipientTeamIds: ['A', 'B'], title: 'Tanker leaking' },
    { ...base, id: 'a4', number: '5', offsetSec: 600, recipientTeamIds: ['B'], title: 'Hose burst' },
  ],
};

export const STAFF = [
  { id: 'fac', name: 'Facilitator', role: 'facilitator' as const },
  { id: 'ctl', name: 'Controller', role: 'controller' as const },
];

/** The call's value; throws the envelope's error (as data) when it was refused. */
export async function call<M extends MethodName>(core: HostCore, name: M, input: MethodInput<M>) {
  const result = await core.dispatch(name, input, facilitator);
  if (!result.ok) throw new RefusedError(result.error);
  return result.value as MethodOutput<M>;
}

export class RefusedError extends Error {
  constructor(readonly error: ApiErrorData) {
    super(`${error.code}: ${error.messageKey}`);
  }
}

/** The refusal a call ends in (fails the test if it succeeded). */
export async function refusal<M extends MethodName>(core: HostCore, name: M, input: MethodInput<M>) {
  const result = await core.dispatch(name, input, facilitator);
  if (result.ok) throw new Error(`${name} was expected to be refused`);
  return result.error;
}

export async function createExercise(core: HostCore) {
  return call(core, 'library.create', SIX_INJECTS);
}

export async function startSession(core: HostCore, opts: { rehearsal?: boolean; exerciseId?: string } = {}) {
  const exerciseId = opts.exerciseId ?? (await createExercise(core)).id;
  const created = await call(core, 'session.create', {
    exerciseId,
    teamIds: ['A', 'B'],
    staff: STAFF,
    evaluators: [],
    rehearsal: opts.rehearsal ?? false,
  });
  return { exerciseId, sessionId: created.view.sessionId, created };
}

export function command(core: HostCore, sessionId: string, cmd: SessionCommandInput) {
  return call(core, 'session.command', { sessionId, command: cmd });
}

export async function eventsOf(core: HostCore, sessionId: string): Promise<SessionEvent[]> {
  return (await call(core, 'session.events', { sessionId, afterSeq: 0 })).events;
}

export function releases(events: SessionEvent[]) {
  return events.flatMap((e) =>
    e.type === 'inject_released' ? [{ injectId: e.injectId, scenarioMs: e.scenarioMs, trigger: e.trigger }] : [],
  );
}

/** A guest connection as the WebSocket transport keeps one: its principal follows its binding. */
export function guestConnection(core: HostCore, remoteAddress = '10.0.0.7') {
  let binding: GuestBinding | null = null;
  const caller = (): Caller => ({
    principal: binding ? core.guestPrincipal(binding) : GUEST,
    transport: 'test',
    remoteAddress,
    bindGuest: (b) => {
      binding = b;
    },
  });
  return {
    call: (name: string, input: unknown) => core.dispatch(name, input, caller()),
    principal: () => caller().principal,
  };
}
