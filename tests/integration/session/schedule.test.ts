import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import { facilitator, testCore } from '../../support/core';
import { createVirtualTime, type VirtualTime } from '../../support/virtualTime';
import { call, command, eventsOf, releases, startSession } from './support';

const cores: HostCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function open(): { core: HostCore; time: VirtualTime } {
  const time = createVirtualTime(5_000);
  const { core } = testCore(undefined, { monotonic: time, timers: time });
  cores.push(core);
  return { core, time };
}

describe('session schedule', () => {
  it('at ×10 releases every automatic inject in order at its time, with one release timer', async () => {
    const { core, time } = open();
    const { sessionId } = await startSession(core);
    await command(core, sessionId, { type: 'start' });
    await command(core, sessionId, { type: 'setSpeed', speed: 10 });

    time.advance(5_999); // T+00:59.990
    expect(releases(await eventsOf(core, sessionId))).toEqual([]);
    let most = 0;
    for (let i = 0; i < 600; i++) {
      time.advance(100);
      most = Math.max(most, time.pendingCount());
    }
    // The release timer and the heartbeat: never a timer per inject.
    expect(most).toBeLessThanOrEqual(2);
    expect(releases(await eventsOf(core, sessionId))).toEqual([
      { injectId: 'a1', scenarioMs: 60_000, trigger: 'schedule' },
      { injectId: 'a2', scenarioMs: 120_000, trigger: 'schedule' },
      { injectId: 'a3', scenarioMs: 300_000, trigger: 'schedule' },
      { injectId: 'a4', scenarioMs: 600_000, trigger: 'schedule' },
    ]);
    const { view } = await call(core, 'session.get', { sessionId });
    const status = Object.fromEntries(view.injects.map((i) => [i.inject.id, i.status]));
    // The manual inject waits for a person; the contingency one stays in reserve.
    expect(status).toEqual({
      a1: 'released',
      a2: 'released',
      m1: 'pending',
      c1: 'pending',
      a3: 'released',
      a4: 'released',
    });
    expect(view.upcoming).toEqual([{ injectId: 'm1', atMs: 180_000, ready: true }]);
    expect(view.next).toBeNull();
  });

  it('a jump releases the injects it passes, in order, unless held; jumpNext goes to the next planned one', async () => {
    const { core } = open();
    const { sessionId } = await startSession(core);
    await command(core, sessionId, { type: 'start' });
    await command(core, sessionId, { type: 'hold', injectId: 'a2' });
    await command(core, sessionId, { type: 'jump', toMs: 301_000 });
    let events = await eventsOf(core, sessionId);
    expect(releases(events)).toEqual([
      { injectId: 'a1', scenarioMs: 301_000, trigger: 'schedule' },
      { injectId: 'a3', scenarioMs: 301_000, trigger: 'schedule' },
    ]);
    // The releases are written right after the jump, in the same call.
    expect(events.slice(-3).map((e) => e.type)).toEqual(['clock_jumped', 'inject_released', 'inject_released']);

    const { view } = await command(core, sessionId, { type: 'jumpNext' });
    expect(view.clock.scenarioMs).toBe(600_000);
    await command(core, sessionId, { type: 'unhold', injectId: 'a2' });
    events = await eventsOf(core, sessionId);
    expect(releases(events).map((r) => r.injectId)).toEqual(['a1', 'a3', 'a4', 'a2']);
    expect(events.at(-1)).toMatchObject({ type: 'inject_released', injectId: 'a2', scenarioMs: 600_000 });

    // Nothing planned is left ahead (m1 is behind, c1 is a contingency).
    const refused = await core.dispatch('session.command', { sessionId, command: { type: 'jumpNext' } }, facilitator);
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'session.errors.no_next_inject' } });
  });

  it('manual and contingency injects go out only when played; before release they can be re-timed, edited or skipped', async () => {
    const { core, time } = open();
    const { sessionId } = await startSession(core);
    await command(core, sessionId, { type: 'start' });
    await command(core, sessionId, { type: 'retime', injectId: 'a2', offsetSec: 30 });
    await command(core, sessionId, { type: 'skip', injectId: 'a1' });
    const edited = {
      ...(await call(core, 'session.get', { sessionId })).view.injects[2]!.inject,
      title: 'Mayor calls again',
    };
    await command(core, sessionId, { type: 'edit', inject: edited });
    time.advance(30_000);
    await command(core, sessionId, { type: 'release', injectId: 'c1' });
    await command(core, sessionId, { type: 'release', injectId: 'm1' });
    const adHoc = {
      id: 'x1',
      number: 'X1',
      offsetSec: 40,
      channel: 'radio' as const,
      title: 'Radio down',
      audience: 'all' as const,
    };
    const { view } = await command(core, sessionId, { type: 'addInject', inject: adHoc });
    expect(releases(await eventsOf(core, sessionId))).toEqual([
      { injectId: 'a2', scenarioMs: 30_000, trigger: 'schedule' },
      { injectId: 'c1', scenarioMs: 30_000, trigger: 'control' },
      { injectId: 'm1', scenarioMs: 30_000, trigger: 'control' },
      { injectId: 'x1', scenarioMs: 30_000, trigger: 'control' },
    ]);
    const byId = Object.fromEntries(view.injects.map((i) => [i.inject.id, i]));
    expect(byId.a1!.status).toBe('skipped');
    expect(byId.m1!.inject.title).toBe('Mayor calls again');
    expect(byId.x1).toMatchObject({ adHoc: true, status: 'released', recipientTeamIds: ['A', 'B'] });

    // Single-machine mode: a scribe records team B's acknowledgement and answer.
    await command(core, sessionId, { type: 'scribeAcknowledge', injectId: 'm1', teamId: 'B' });
    const after = await command(core, sessionId, {
      type: 'scribeRespond',
      injectId: 'm1',
      teamId: 'B',
      text: 'On our way',
    });
    const cell = after.view.board.find((c) => c.injectId === 'm1' && c.teamId === 'B');
    expect(cell).toMatchObject({
      acknowledged: { enteredBy: 'scribe' },
      responded: { enteredBy: 'scribe' },
      responseCount: 1,
    });
  });

  it('pausing stops the schedule and resuming picks it up again', async () => {
    const { core, time } = open();
    const { sessionId } = await startSession(core);
    await command(core, sessionId, { type: 'start' });
    time.advance(30_000);
    await command(core, sessionId, { type: 'pause' });
    time.advance(600_000);
    expect(releases(await eventsOf(core, sessionId))).toEqual([]);
    await command(core, sessionId, { type: 'resume' });
    time.advance(30_000);
    expect(releases(await eventsOf(core, sessionId))).toEqual([
      { injectId: 'a1', scenarioMs: 60_000, trigger: 'schedule' },
    ]);
  });
});
