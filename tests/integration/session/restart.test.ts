import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/open';
import type { HostCore } from '../../../electron/host/core';
import { createRecordingLogger } from '../../../electron/host/ports';
import { createSessionService } from '../../../electron/services/session/sessionService';
import { testCore } from '../../support/core';
import { fakeClock, tempDir } from '../../support/temp';
import { createVirtualTime, type VirtualTime } from '../../support/virtualTime';
import { exerciseFixture } from '../../unit/session/fixtures';
import { call, command, eventsOf, refusal, releases, startSession } from './support';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0).reverse()) fn();
});

function openCore(dataDir: string, time: VirtualTime): HostCore {
  const { core } = testCore(dataDir, { monotonic: time, timers: time });
  cleanup.push(() => core.close());
  return core;
}

describe('sessions across a restart of the host', () => {
  it('reopening the data folder replays every session to the state it had; a running one comes back paused', async () => {
    const dataDir = tempDir();
    const first = createVirtualTime(10_000);
    let core = openCore(dataDir, first);
    const { sessionId } = await startSession(core);
    const finished = await startSession(core);
    const lobby = await startSession(core);
    await command(core, finished.sessionId, { type: 'start' });
    await command(core, finished.sessionId, { type: 'end' });
    await command(core, sessionId, { type: 'start' });
    await command(core, sessionId, { type: 'setSpeed', speed: 5 });
    await command(core, sessionId, { type: 'hold', injectId: 'a3' });
    first.advance(30_000); // T+02:30: a1 and a2 out
    await command(core, sessionId, { type: 'scribeAcknowledge', injectId: 'a1', teamId: 'A' });
    const before = await call(core, 'session.get', { sessionId });
    const eventsBefore = await eventsOf(core, sessionId);
    const finishedBefore = await call(core, 'session.get', { sessionId: finished.sessionId });
    const lobbyEventsBefore = await eventsOf(core, lobby.sessionId);
    core.close();

    // A new process: its monotonic time starts again from zero.
    core = openCore(dataDir, createVirtualTime(0));
    const eventsAfter = await eventsOf(core, sessionId);
    expect(eventsAfter.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    expect(eventsAfter.slice(eventsBefore.length)).toMatchObject([
      { type: 'clock_recovered', reachedMs: 150_000, actor: { kind: 'system' } },
    ]);
    const after = await call(core, 'session.get', { sessionId });
    // Everything but the clock (now paused, so the next release waits) and the notice.
    const { clock, recoveries, next, ...rest } = after.view;
    const { clock: clockBefore, recoveries: none, next: nextBefore, ...restBefore } = before.view;
    expect(rest).toEqual(restBefore);
    expect(nextBefore).toEqual({ injectId: 'a4', atMs: 600_000, wallDelayMs: 90_000 });
    expect(next).toEqual({ injectId: 'a4', atMs: 600_000, wallDelayMs: null });
    expect(clockBefore).toEqual({ started: true, running: true, speed: 5, scenarioMs: 150_000 });
    expect(clock).toEqual({ started: true, running: false, speed: 5, scenarioMs: 150_000 });
    expect(none).toEqual([]);
    expect(recoveries).toHaveLength(1);
    expect(releases(eventsAfter).map((r) => r.injectId)).toEqual(['a1', 'a2']);

    // A session nobody started was not running: nothing appended, no notice.
    expect(await eventsOf(core, lobby.sessionId)).toEqual(lobbyEventsBefore);
    expect((await call(core, 'session.get', { sessionId: lobby.sessionId })).view.recoveries).toEqual([]);

    // A session finished in the earlier run is read back as it was, and stays read-only.
    expect(await call(core, 'session.get', { sessionId: finished.sessionId })).toEqual(finishedBefore);
    const error = await refusal(core, 'session.command', {
      sessionId: finished.sessionId,
      command: { type: 'resume' },
    });
    expect(error.messageKey).toBe('session.errors.finished');

    // The facilitator resumes; the schedule carries on from where it was.
    await command(core, sessionId, { type: 'unhold', injectId: 'a3' });
    await command(core, sessionId, { type: 'resume' });
    expect(releases(await eventsOf(core, sessionId)).map((r) => r.injectId)).toEqual(['a1', 'a2']);
  });

  it('after an unclean stop the clock comes back where the heartbeat left it; nothing is released twice or skipped', () => {
    const file = path.join(tempDir(), 'drillbook.sqlite');
    const open = (time: VirtualTime) => {
      const db: Db = openDatabase(file);
      const logger = createRecordingLogger();
      const service = createSessionService({
        db,
        clock: fakeClock(),
        monotonic: time,
        timers: time,
        logger,
        random: (n) => new Uint8Array(n).map((_, i) => i * 7),
        publish: () => {},
      });
      cleanup.push(() => db.close());
      return { service, logger };
    };
    const first = createVirtualTime(50_000);
    const crashed = open(first).service;
    const staff = [{ id: 'fac', name: 'Facilitator', role: 'facilitator' as const }];
    const { view } = crashed.create(exerciseFixture(), {
      teamIds: ['A', 'B'],
      staff,
      evaluators: [],
      rehearsal: false,
    });
    const { sessionId } = view;
    crashed.command(sessionId, { type: 'start' });
    crashed.command(sessionId, { type: 'setSpeed', speed: 10 });
    first.advance(5_950); // T+00:59.5, the heartbeat last written at T+00:59
    expect(crashed.get(sessionId).view.clock.scenarioMs).toBe(59_500);
    // The process dies here: no close(), its timers simply never run again.

    const second = createVirtualTime(0);
    const { service, logger } = open(second);
    const recovered = service.get(sessionId).view;
    expect(recovered.clock).toMatchObject({ running: false, speed: 10 });
    expect(Math.abs(recovered.clock.scenarioMs - 59_500)).toBeLessThanOrEqual(2_000);
    expect(recovered.clock.scenarioMs).toBe(59_000);
    expect(recovered.recoveries).toHaveLength(1);
    expect(logger.entries.map((e) => e.message)).toContain('session recovered');

    service.command(sessionId, { type: 'resume' });
    second.advance(100);
    second.advance(6_000);
    const released = releases(service.events(sessionId, 0, 1_000).events);
    expect(released).toEqual([
      { injectId: 'i1', scenarioMs: 60_000, trigger: 'schedule' },
      { injectId: 'i2', scenarioMs: 120_000, trigger: 'schedule' },
    ]);
    service.close();
  });
});
