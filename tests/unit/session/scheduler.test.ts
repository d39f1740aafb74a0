import { describe, expect, it } from 'vitest';
import type { TimerId } from '../../../electron/host/ports';
import { scenarioMsAt } from '../../../shared/session/clock';
import { dueInjects, nextDue, nextInjectTime, upcoming } from '../../../shared/session/scheduler';
import { createVirtualTime, type VirtualTime } from '../../support/virtualTime';
import { SessionLog } from './fixtures';

/**
 * What the session service will do with the Timers port: keep one timer armed for the
 * next due inject; when it fires, or after any facilitator action, release what is due
 * and re-arm.
 */
function host(time: VirtualTime) {
  const log = new SessionLog();
  log.mono = time.nowMs();
  let timer: TimerId | null = null;
  const rearm = () => {
    if (timer !== null) time.clearTimeout(timer);
    timer = null;
    log.mono = time.nowMs();
    log.releaseDue();
    const next = nextDue(log.state, log.mono);
    if (next?.wallDelayMs != null) timer = time.setTimeout(rearm, next.wallDelayMs);
  };
  return {
    log,
    act(body: Parameters<SessionLog['append']>[0]) {
      log.mono = time.nowMs();
      log.append(body);
      rearm();
    },
    releases: () =>
      log.events.flatMap((e) => (e.type === 'inject_released' ? [{ id: e.injectId, at: e.scenarioMs }] : [])),
  };
}

describe('automatic release on the scenario clock', () => {
  it('releases each automatic inject at its own scenario time, in MSEL order, at ×10', () => {
    const time = createVirtualTime(1_000);
    const h = host(time);
    h.act({ type: 'clock_speed_set', speed: 10 });
    h.act({ type: 'clock_started' });
    time.advance(30_000); // 5 scenario minutes
    expect(h.releases()).toEqual([
      { id: 'i1', at: 60_000 },
      { id: 'i2', at: 120_000 },
      { id: 'i4', at: 300_000 }, // i4 and i5 share T+05:00: the MSEL's order decides
      { id: 'i5', at: 300_000 },
    ]);
    expect(h.log.state.injects.i3?.status).toBe('pending'); // manual: waits for the facilitator
    expect(h.log.state.injects.c1?.status).toBe('pending'); // contingency: in reserve
    expect(time.pendingCount()).toBe(1); // armed for i6 at T+10:00
  });

  it('a jump releases the injects it passes, in order, except those held; unholding a passed one releases it', () => {
    const time = createVirtualTime(1_000);
    const h = host(time);
    h.act({ type: 'clock_started' });
    time.advance(70_000);
    expect(h.releases()).toEqual([{ id: 'i1', at: 60_000 }]);
    h.act({ type: 'inject_held', injectId: 'i4' });
    h.act({ type: 'clock_jumped', toMs: 400_000, reason: 'time' });
    expect(h.releases().slice(1)).toEqual([
      { id: 'i2', at: 400_000 },
      { id: 'i5', at: 400_000 },
    ]);
    time.advance(5_000);
    h.act({ type: 'inject_unheld', injectId: 'i4' });
    expect(h.releases().at(-1)).toEqual({ id: 'i4', at: 405_000 });
  });

  it('a paused clock releases nothing, however long the pause; resuming picks up where it stopped', () => {
    const time = createVirtualTime(1_000);
    const h = host(time);
    h.act({ type: 'clock_started' });
    time.advance(30_000);
    h.act({ type: 'clock_paused' });
    time.advance(3_600_000);
    expect(h.releases()).toEqual([]);
    expect(time.pendingCount()).toBe(0);
    h.act({ type: 'clock_resumed' });
    time.advance(29_999);
    expect(h.releases()).toEqual([]);
    time.advance(1);
    expect(h.releases()).toEqual([{ id: 'i1', at: 60_000 }]);
  });

  it('re-timing an inject moves its release; skipping removes it from the schedule', () => {
    const time = createVirtualTime(1_000);
    const h = host(time);
    h.act({ type: 'inject_retimed', injectId: 'i2', offsetSec: 30 });
    h.act({ type: 'inject_skipped', injectId: 'i1' });
    h.act({ type: 'clock_started' });
    time.advance(130_000);
    expect(h.releases()).toEqual([{ id: 'i2', at: 30_000 }]);
  });
});

describe('what comes next', () => {
  it('nextDue gives the scenario time and the real delay at the current speed, or none while paused', () => {
    const log = new SessionLog();
    expect(nextDue(log.state, log.mono)).toBeNull(); // lobby: the clock has not started
    log.append({ type: 'clock_started' });
    log.append({ type: 'clock_speed_set', speed: 2 });
    expect(nextDue(log.state, log.mono)).toEqual({ injectId: 'i1', atMs: 60_000, wallDelayMs: 30_000 });
    log.tick(10_000);
    expect(nextDue(log.state, log.mono)).toEqual({ injectId: 'i1', atMs: 60_000, wallDelayMs: 20_000 });
    log.append({ type: 'clock_paused' });
    expect(nextDue(log.state, log.mono)?.wallDelayMs).toBeNull();
  });

  it('dueInjects lists, in release order, what is due by a scenario time', () => {
    const log = new SessionLog();
    log.append({ type: 'clock_started' });
    expect(dueInjects(log.state, 59_999)).toEqual([]);
    expect(dueInjects(log.state, 300_000).map((si) => si.inject.id)).toEqual(['i1', 'i2', 'i4', 'i5']);
  });

  it('"jump to the next inject" goes to the next planned one, automatic or manual, not a contingency or held one', () => {
    const log = new SessionLog();
    log.append({ type: 'clock_started' });
    expect(nextInjectTime(log.state, 0)).toBe(60_000);
    expect(nextInjectTime(log.state, 120_000)).toBe(180_000); // i3, manual
    log.append({ type: 'inject_held', injectId: 'i3' });
    expect(nextInjectTime(log.state, 120_000)).toBe(300_000); // not C1 at T+03:20
    expect(nextInjectTime(log.state, 600_000)).toBeNull();
  });

  it('the countdown list marks planned injects ready once their time has come', () => {
    const log = new SessionLog();
    log.append({ type: 'clock_started' });
    log.tick(150_000).releaseDue();
    const now = scenarioMsAt(log.state.clock, log.mono);
    expect(upcoming(log.state, now)).toEqual([
      { injectId: 'i3', atMs: 180_000, ready: false },
      { injectId: 'i4', atMs: 300_000, ready: false },
      { injectId: 'i5', atMs: 300_000, ready: false },
      { injectId: 'i6', atMs: 600_000, ready: false },
    ]);
    expect(upcoming(log.state, 200_000)[0]).toEqual({ injectId: 'i3', atMs: 180_000, ready: true });
  });
});
