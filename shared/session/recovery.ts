// Coming back after a crash or restart of the host. The rule:
//
// 1. While a session is live, the service persists a heartbeat (the scenario time now)
//    every heartbeatIntervalMs(clock) of wall time: every second at ×1, every 100 ms at
//    ×10, so at most about one second of scenario time is ever unrecorded.
// 2. At start-up, before anything else happens to it, every live session gets a
//    `clock_recovered` event (recoveryDraft): its clock comes
//    back paused at the later of the last heartbeat and its last event's scenario time,
//    and a new monotonic epoch begins (the new process's monotonic time restarted).
// 3. Then the service appends releaseDueInjects at that time, as after any clock event.
//
// Nothing is released twice: the reducer refuses a second release of an inject, and the
// log, not the heartbeat, says what was released. Nothing is skipped: dueInjects lists
// every automatic inject at or before the recovered time that was not released, held or
// skipped. The facilitator resumes the clock after reading the notice (state.recoveries).
import type { ClockState } from './clock';
import type { EventDraft } from './events';
import type { SessionState } from './state';

/** The scenario time lost at most if the host dies just before a heartbeat. */
export const HEARTBEAT_SCENARIO_MS = 1_000;

/** How often (wall time) to write the heartbeat so it never lags by more than HEARTBEAT_SCENARIO_MS. */
export function heartbeatIntervalMs(clock: ClockState): number {
  return Math.floor(HEARTBEAT_SCENARIO_MS / clock.speed);
}

/**
 * Only a live session had a clock to lose. One still in the lobby never started it (its
 * `clock_started` will bring its own monotonic time), so it is not "recovered": the
 * console would otherwise greet a session nobody ran with a notice about a restart.
 */
export function needsRecovery(state: SessionState): boolean {
  return state.status === 'live';
}

/** The persisted heartbeat: the scenario time a session had reached, and when. */
export type Heartbeat = { scenarioMs: number; at: string };

/** The scenario time to come back at: the later of the heartbeat and the last event. */
export function recoveryPoint(state: SessionState, heartbeat: Heartbeat | null): number {
  return Math.max(state.lastScenarioMs, heartbeat?.scenarioMs ?? 0);
}

/** The event the service appends at start-up for a session that needsRecovery. */
export function recoveryDraft(state: SessionState, heartbeat: Heartbeat | null, at: string, mono: number): EventDraft {
  return {
    type: 'clock_recovered',
    reachedMs: recoveryPoint(state, heartbeat),
    at,
    mono,
    actor: { kind: 'system', id: 'host' },
  };
}
