// The scenario clock (T+hh:mm:ss), separate from wall time: it starts at T+00:00, pauses,
// resumes, runs at ×1/×2/×5/×10 and jumps forward. It is a pure function of the session's
// clock events and the host's monotonic time, never of the wall clock, so changing the
// computer's time (or daylight saving) cannot move it.
//
// The state is an anchor: the scenario time at one monotonic instant, and how fast it
// runs from there. Every clock event re-anchors at its own `mono`. All values are whole
// milliseconds and speeds are whole numbers, so the arithmetic is exact.
import { DomainError } from '../api/errors';
import type { ClockSpeed, EventOf, SessionEvent } from './events';

export type ClockState = {
  started: boolean;
  running: boolean;
  speed: ClockSpeed;
  /** Scenario milliseconds at `anchorMono`. */
  anchorMs: number;
  /** Monotonic milliseconds of the host when the clock was last re-anchored. */
  anchorMono: number;
};

export const CLOCK_NOT_STARTED: ClockState = { started: false, running: false, speed: 1, anchorMs: 0, anchorMono: 0 };

export type ClockEvent = EventOf<
  'clock_started' | 'clock_paused' | 'clock_resumed' | 'clock_speed_set' | 'clock_jumped' | 'clock_recovered'
>;

const CLOCK_TYPES = new Set<string>([
  'clock_started',
  'clock_paused',
  'clock_resumed',
  'clock_speed_set',
  'clock_jumped',
  'clock_recovered',
]);
export function isClockEvent(event: SessionEvent): event is ClockEvent {
  return CLOCK_TYPES.has(event.type);
}

/**
 * Scenario milliseconds at monotonic time `mono`. A `mono` before the anchor (a caller
 * holding an older reading) counts as the anchor itself, so time never runs backwards.
 */
export function scenarioMsAt(clock: ClockState, mono: number): number {
  if (!clock.running) return clock.anchorMs;
  return clock.anchorMs + Math.max(0, mono - clock.anchorMono) * clock.speed;
}

function refuse(messageKey: string, details: Record<string, unknown> = {}): never {
  throw new DomainError('conflict', messageKey, details);
}

/**
 * The clock after one clock event. `floorMs` is the scenario time the session had
 * reached by its previous event; only recovery needs it (see recovery.ts), because the
 * event that recovers a session comes from a new process whose monotonic time restarted.
 * Invalid moves (pausing a paused clock, jumping backwards) throw a DomainError.
 */
export function applyClockEvent(clock: ClockState, event: ClockEvent, floorMs = 0): ClockState {
  const now = scenarioMsAt(clock, event.mono);
  const anchored = { anchorMs: now, anchorMono: event.mono };
  if (event.type === 'clock_recovered') {
    return {
      ...clock,
      running: false,
      anchorMs: Math.max(event.reachedMs, floorMs, clock.anchorMs),
      anchorMono: event.mono,
    };
  }
  if (event.type === 'clock_started') {
    if (clock.started) refuse('session.errors.clock_already_started');
    return { ...clock, started: true, running: true, anchorMs: 0, anchorMono: event.mono };
  }
  if (event.type === 'clock_speed_set') return { ...clock, ...anchored, speed: event.speed };
  if (!clock.started) refuse('session.errors.clock_not_started');
  switch (event.type) {
    case 'clock_paused':
      if (!clock.running) refuse('session.errors.clock_not_running');
      return { ...clock, ...anchored, running: false };
    case 'clock_resumed':
      if (clock.running) refuse('session.errors.clock_already_running');
      return { ...clock, ...anchored, running: true };
    case 'clock_jumped':
      if (event.toMs <= now) refuse('session.errors.jump_not_forward', { fromMs: now, toMs: event.toMs });
      return { ...clock, anchorMs: event.toMs, anchorMono: event.mono };
  }
}

/**
 * Scenario time as a pure function of a session's events and the monotonic time now.
 * Non-clock events matter only as the floor a recovery starts from.
 */
export function scenarioTimeOf(events: readonly SessionEvent[], mono: number): number {
  let clock = CLOCK_NOT_STARTED;
  let reachedMs = 0;
  for (const event of events) {
    if (isClockEvent(event)) clock = applyClockEvent(clock, event, reachedMs);
    reachedMs = scenarioMsAt(clock, event.mono);
  }
  return scenarioMsAt(clock, mono);
}

/**
 * Real milliseconds until the clock shows `targetMs`, at its current speed; 0 when it
 * already has; null when the clock is paused (nothing will happen until it resumes).
 */
export function wallDelayMs(clock: ClockState, targetMs: number, mono: number): number | null {
  const remaining = targetMs - scenarioMsAt(clock, mono);
  if (remaining <= 0) return 0;
  if (!clock.running) return null;
  return Math.ceil(remaining / clock.speed);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * "T+hh:mm:ss", seconds always shown (a running clock ticks them), rounded down so the
 * display never shows a second that has not fully passed. Hours do not wrap at a day,
 * as in shared/model/time.ts formatOffset, which writes MSEL times.
 */
export function formatClock(scenarioMs: number): string {
  const total = Math.floor(Math.max(0, scenarioMs) / 1000);
  const hours = Math.floor(total / 3600);
  return `T+${pad2(hours)}:${pad2(Math.floor((total % 3600) / 60))}:${pad2(total % 60)}`;
}
