import { describe, expect, it } from 'vitest';
import { CLOCK_NOT_STARTED, scenarioMsAt } from '../../../shared/session/clock';
import { CLOCK_SPEEDS } from '../../../shared/session/events';
import { reduce, replay, stampEvent } from '../../../shared/session/reducer';
import {
  HEARTBEAT_SCENARIO_MS,
  heartbeatIntervalMs,
  needsRecovery,
  recoveryDraft,
  type Heartbeat,
} from '../../../shared/session/recovery';
import { releaseDueInjects } from '../../../shared/session/scheduler';
import type { SessionState } from '../../../shared/session/state';
import { createVirtualTime } from '../../support/virtualTime';
import { SessionLog } from './fixtures';

/** The host starting again: replay the stored log, recover, release what is due. */
function restart(log: SessionLog, heartbeat: Heartbeat | null, newMono: number) {
  const state = replay(log.events);
  expect(needsRecovery(state)).toBe(true);
  const at = '2026-11-30T09:00:00.000Z';
  const recovered = stampEvent(state, recoveryDraft(state, heartbeat, at, newMono));
  const after = reduce(state, recovered);
  const due = releaseDueInjects(after, at, newMono);
  return { recovered, state: due.state, released: due.events };
}

describe('recovery after a crash or restart', () => {
  it('comes back paused within a second of the scenario time reached, at every speed', () => {
    for (const speed of CLOCK_SPEEDS) {
      const time = createVirtualTime(1_000);
      const log = new SessionLog();
      log.mono = time.nowMs();
      log.append({ type: 'clock_speed_set', speed });
      log.append({ type: 'clock_started' });
      // The service's heartbeat, persisted every heartbeatIntervalMs of wall time.
      let heartbeat: Heartbeat | null = null;
      const beat = () => {
        heartbeat = { scenarioMs: scenarioMsAt(log.state.clock, time.nowMs()), at: log.at };
        time.setTimeout(beat, heartbeatIntervalMs(log.state.clock));
      };
      beat();
      time.advance(4_567); // the host dies between two heartbeats
      const reachedTruly = scenarioMsAt(log.state.clock, time.nowMs());

      const { state } = restart(log, heartbeat, 3); // a new process: monotonic time restarts
      const back = scenarioMsAt(state.clock, 3);
      expect(state.clock.running).toBe(false);
      expect(back).toBeLessThanOrEqual(reachedTruly);
      expect(reachedTruly - back).toBeLessThanOrEqual(HEARTBEAT_SCENARIO_MS);
      expect(state.recoveries).toEqual([{ at: '2026-11-30T09:00:00.000Z', scenarioMs: back }]);
    }
  });

  it('releases what was due but not yet released, once, and nothing already released', () => {
    const log = new SessionLog();
    log.append({ type: 'clock_started' });
    log.tick(130_000).releaseDue(); // i1, i2 released
    log.tick(175_000); // T+05:05: i4 and i5 were due, but the host died before its timer fired
    const heartbeat = { scenarioMs: scenarioMsAt(log.state.clock, log.mono) - 400, at: log.at };
    const { state, released } = restart(log, heartbeat, 0);
    expect(released.map((e) => e.type === 'inject_released' && e.injectId)).toEqual(['i4', 'i5']);
    expect(released.every((e) => e.scenarioMs === 304_600)).toBe(true);
    expect(Object.values(state.injects).filter((si) => si.status === 'released')).toHaveLength(4);
  });

  it('never goes back before its last event, whatever the heartbeat says (or if there is none)', () => {
    const log = new SessionLog();
    log.append({ type: 'clock_started' });
    log.tick(90_000).releaseDue();
    log.append({ type: 'clock_paused' }); // at T+01:30
    const stale = { scenarioMs: 80_000, at: log.at };
    expect(scenarioMsAt(restart(log, stale, 0).state.clock, 0)).toBe(90_000);
    expect(scenarioMsAt(restart(log, null, 0).state.clock, 0)).toBe(90_000);
  });

  it('after the facilitator resumes, the clock runs on from the recovered time in the new process’s time', () => {
    const log = new SessionLog();
    log.append({ type: 'clock_started' });
    log.tick(50_000);
    const heartbeat = { scenarioMs: 49_500, at: log.at };
    const { state: recovered } = restart(log, heartbeat, 10);
    let state: SessionState = recovered;
    const resume = stampEvent(state, {
      type: 'clock_resumed',
      at: log.at,
      mono: 20,
      actor: { kind: 'staff', id: 'fac' },
    });
    state = reduce(state, resume);
    expect(scenarioMsAt(state.clock, 20)).toBe(49_500);
    expect(scenarioMsAt(state.clock, 10_020)).toBe(59_500);
    expect(releaseDueInjects(state, log.at, 10_519).events).toEqual([]);
    expect(releaseDueInjects(state, log.at, 10_520).events.map((e) => e.scenarioMs)).toEqual([60_000]);
  });

  it('only live sessions are recovered; one in the lobby is left as it was, with no notice', () => {
    const lobby = new SessionLog();
    expect(needsRecovery(lobby.state)).toBe(false);
    expect(lobby.state.status).toBe('lobby');
    expect(lobby.state.clock).toEqual(CLOCK_NOT_STARTED);
    expect(lobby.state.recoveries).toEqual([]);
    const ended = new SessionLog();
    ended.append({ type: 'session_ended' });
    expect(needsRecovery(ended.state)).toBe(false);
  });

  it('the heartbeat interval keeps the scenario time at risk under a second at every speed', () => {
    for (const speed of CLOCK_SPEEDS) {
      const interval = heartbeatIntervalMs({ ...CLOCK_NOT_STARTED, speed });
      expect(interval * speed).toBeLessThanOrEqual(HEARTBEAT_SCENARIO_MS);
      expect(interval).toBeGreaterThan(0);
    }
  });
});
