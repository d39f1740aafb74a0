// Which injects the host releases on its own, and when. The service keeps one timer: it
// arms it for nextDue's wall-clock delay, and when it fires (or after any clock event: a
// resume, a speed change, a jump) it appends what releaseDueInjects returns and re-arms.
// Due-ness depends on scenario time only, never on the clock running: a jump releases the
// injects it passes, in order, and a recovered session releases what it had not yet.
import { scenarioMsAt, wallDelayMs } from './clock';
import type { SessionEvent } from './events';
import { reduce, stampEvent } from './reducer';
import type { SessionInject, SessionState } from './state';

/** Automatic, not a contingency, not held, released or skipped: the schedule's to release. */
function scheduled(si: SessionInject): boolean {
  return si.status === 'pending' && si.inject.release === 'auto' && !si.inject.contingency;
}

/** MSEL order: scenario time, then the order the MSEL lists them (ad-hoc ones last). */
function inMselOrder(state: SessionState, list: SessionInject[]): SessionInject[] {
  const position = new Map(state.injectOrder.map((id, i) => [id, i]));
  return [...list].sort(
    (a, b) =>
      a.inject.offsetSec - b.inject.offsetSec || (position.get(a.inject.id) ?? 0) - (position.get(b.inject.id) ?? 0),
  );
}

function sessionInjects(state: SessionState): SessionInject[] {
  return state.injectOrder.flatMap((id) => state.injects[id] ?? []);
}

/** The injects the schedule must release at scenario time `scenarioMs`, in release order. */
export function dueInjects(state: SessionState, scenarioMs: number): SessionInject[] {
  if (state.status !== 'live') return [];
  return inMselOrder(
    state,
    sessionInjects(state).filter((si) => scheduled(si) && si.inject.offsetSec * 1000 <= scenarioMs),
  );
}

export type NextDue = {
  injectId: string;
  /** Scenario time it is due at. */
  atMs: number;
  /** Real milliseconds from `mono` until then at the current speed; 0: due now; null: the clock is paused. */
  wallDelayMs: number | null;
};

/** The next inject the schedule will release (possibly due already), or null when none is left. */
export function nextDue(state: SessionState, mono: number): NextDue | null {
  if (state.status !== 'live') return null;
  const first = inMselOrder(state, sessionInjects(state).filter(scheduled))[0];
  if (!first) return null;
  const atMs = first.inject.offsetSec * 1000;
  return { injectId: first.inject.id, atMs, wallDelayMs: wallDelayMs(state.clock, atMs, mono) };
}

/**
 * Where "jump to the next inject" goes: the time of the next planned inject after
 * `scenarioMs`, automatic or manual (contingency, held and skipped ones are not on the
 * timeline). Null when nothing is left ahead.
 */
export function nextInjectTime(state: SessionState, scenarioMs: number): number | null {
  const ahead = sessionInjects(state)
    .filter((si) => si.status === 'pending' && !si.inject.contingency && si.inject.offsetSec * 1000 > scenarioMs)
    .map((si) => si.inject.offsetSec * 1000);
  return ahead.length === 0 ? null : Math.min(...ahead);
}

/** The planned injects not yet released, in MSEL order, marked ready once their time has come. */
export function upcoming(
  state: SessionState,
  scenarioMs: number,
): { injectId: string; atMs: number; ready: boolean }[] {
  return inMselOrder(
    state,
    sessionInjects(state).filter((si) => si.status === 'pending' && !si.inject.contingency),
  ).map((si) => ({
    injectId: si.inject.id,
    atMs: si.inject.offsetSec * 1000,
    ready: si.inject.offsetSec * 1000 <= scenarioMs,
  }));
}

/**
 * The release events for everything due at monotonic time `mono`, each reduced in turn,
 * and the state after them. Pure: the service appends the events in one transaction.
 */
export function releaseDueInjects(
  state: SessionState,
  at: string,
  mono: number,
): { state: SessionState; events: SessionEvent[] } {
  const events: SessionEvent[] = [];
  let current = state;
  for (const si of dueInjects(state, scenarioMsAt(state.clock, mono))) {
    const event = stampEvent(current, {
      type: 'inject_released',
      injectId: si.inject.id,
      trigger: 'schedule',
      at,
      mono,
      actor: { kind: 'system', id: 'host' },
    });
    current = reduce(current, event);
    events.push(event);
  }
  return { state: current, events };
}
