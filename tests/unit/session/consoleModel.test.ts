import { describe, expect, it } from 'vitest';
import { injectSchema } from '../../../shared/model/exercise';
import {
  cellStatus,
  formatCountdown,
  groupQueue,
  localScenarioMs,
  parseScenarioTime,
  pendingRecovery,
  peopleFrom,
  recipientNames,
  type StaffInject,
} from '../../../renderer/screens/session/consoleModel';

type More = Omit<Partial<StaffInject>, 'inject'> & {
  inject?: { release?: 'manual'; contingency?: boolean; audience?: 'all'; recipientTeamIds?: string[] };
};
function si(id: string, offsetSec: number, more: More = {}): StaffInject {
  const { inject, ...rest } = more;
  return {
    inject: injectSchema.parse({ id, number: id, offsetSec, channel: 'phone', title: id, ...inject }),
    adHoc: false,
    status: 'pending',
    released: null,
    recipientTeamIds: [],
    ...rest,
  };
}

describe('the inject queue', () => {
  const injects = [
    si('late-auto', 600),
    si('early-auto', 60),
    si('manual-due', 120, { inject: { release: 'manual' } }),
    si('manual-later', 900, { inject: { release: 'manual' } }),
    si('reserve', 30, { inject: { contingency: true } }),
    si('held', 300, { status: 'held' }),
    si('r1', 10, { status: 'released', released: { at: '2026-11-30T10:00:00.000Z', scenarioMs: 10_000 } }),
    si('r2', 20, { status: 'released', released: { at: '2026-11-30T10:00:10.000Z', scenarioMs: 20_000 } }),
    si('gone', 40, { status: 'skipped' }),
  ];
  it('puts due manual injects in waiting, contingencies in reserve, the rest by time', () => {
    const g = groupQueue(injects, 150_000);
    const ids = (list: StaffInject[]) => list.map((x) => x.inject.id);
    expect(ids(g.waitingManual)).toEqual(['manual-due']);
    expect(ids(g.scheduled)).toEqual(['early-auto', 'held', 'late-auto', 'manual-later']);
    expect(ids(g.reserve)).toEqual(['reserve']);
    expect(ids(g.released)).toEqual(['r2', 'r1']);
    expect(ids(g.skipped)).toEqual(['gone']);
  });
  it('keeps a manual inject scheduled until its time comes', () => {
    const g = groupQueue(injects, 119_999);
    expect(g.waitingManual).toEqual([]);
    expect(g.scheduled.map((x) => x.inject.id)).toContain('manual-due');
  });
});

describe('who an inject goes to', () => {
  const teams = [
    { id: 'A', name: 'Police' },
    { id: 'B', name: 'Fire' },
  ];
  it('names only the teams taking part, in their order', () => {
    expect(recipientNames(si('x', 0, { inject: { recipientTeamIds: ['C', 'B', 'A'] } }), teams)).toEqual([
      'Police',
      'Fire',
    ]);
    expect(recipientNames(si('x', 0, { inject: { recipientTeamIds: ['C'] } }), teams)).toEqual([]);
    expect(recipientNames(si('x', 0, { inject: { audience: 'all' } }), teams)).toBe('all');
  });
  it('uses the teams a released inject actually went to', () => {
    const released = si('x', 0, {
      inject: { audience: 'all' },
      status: 'released',
      released: { at: '2026-11-30T10:00:00.000Z', scenarioMs: 0 },
      recipientTeamIds: ['B'],
    });
    expect(recipientNames(released, teams)).toEqual(['Fire']);
  });
});

describe('countdown and clock text', () => {
  it('rounds a countdown up and shows hours only when needed', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5)).toBe('0:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(160_000)).toBe('2:40');
    expect(formatCountdown(3_600_000 + 5_000)).toBe('1:00:05');
  });
  it('ticks a running clock at its speed from the view and holds a paused one', () => {
    const running = { started: true, running: true, speed: 10 as const, scenarioMs: 5_000 };
    expect(localScenarioMs(running, 1_000, 1_500)).toBe(10_000);
    expect(localScenarioMs(running, 1_000, 900)).toBe(5_000);
    expect(localScenarioMs({ ...running, running: false }, 1_000, 9_000)).toBe(5_000);
  });
  it('reads a time to jump to', () => {
    expect(parseScenarioTime('T+01:02:03')).toBe(3_723_000);
    expect(parseScenarioTime('0:30')).toBe(1_800_000);
    expect(parseScenarioTime('45')).toBe(2_700_000);
    expect(parseScenarioTime('1:75')).toBeNull();
    expect(parseScenarioTime('1:00:61')).toBeNull();
    expect(parseScenarioTime('soon')).toBeNull();
    expect(parseScenarioTime('')).toBeNull();
  });
});

describe('a status board cell', () => {
  const stamp = { at: '2026-11-30T10:00:00.000Z', scenarioMs: 1_000 };
  const cell = {
    injectId: 'i',
    teamId: 'A',
    released: stamp,
    delivered: stamp,
    seen: null,
    acknowledged: null,
    responded: null,
    responseCount: 0,
    dueAtMs: 60_000,
    overdue: false,
    late: false,
  };
  it('shows the furthest step, and overdue once past due with no response', () => {
    expect(cellStatus(cell, 30_000)).toBe('delivered');
    expect(cellStatus({ ...cell, acknowledged: { ...stamp, enteredBy: 'scribe' } }, 30_000)).toBe('acknowledged');
    expect(cellStatus(cell, 60_001)).toBe('overdue');
    expect(cellStatus({ ...cell, responded: { ...stamp, enteredBy: 'team' } }, 90_000)).toBe('responded');
  });
});

describe('names typed as a list', () => {
  it('splits on Latin and full-width separators and numbers the ids', () => {
    expect(peopleFrom(' An , Bình;Chi', 'ctl')).toEqual([
      { id: 'ctl-1', name: 'An' },
      { id: 'ctl-2', name: 'Bình' },
      { id: 'ctl-3', name: 'Chi' },
    ]);
    expect(peopleFrom('王伟，李娜、张敏', 'eva').map((p) => p.name)).toEqual(['王伟', '李娜', '张敏']);
    expect(peopleFrom(' ,; ', 'fac')).toEqual([]);
  });
});

describe('the notice after a host restart', () => {
  const recoveries = [
    { at: '2026-11-30T09:00:00.000Z', scenarioMs: 60_000 },
    { at: '2026-11-30T10:00:00.000Z', scenarioMs: 600_000 },
  ];
  const clock = { started: true, running: false, speed: 1 as const, scenarioMs: 600_000 };
  it('tells about the latest restart while the session waits where it came back', () => {
    expect(pendingRecovery({ recoveries, clock, status: 'live' })).toBe(600_000);
  });
  it('goes once the clock runs again or has moved, or the session is over, or there was none', () => {
    expect(pendingRecovery({ recoveries, clock: { ...clock, running: true }, status: 'live' })).toBeNull();
    expect(pendingRecovery({ recoveries, clock: { ...clock, scenarioMs: 700_000 }, status: 'live' })).toBeNull();
    expect(pendingRecovery({ recoveries, clock, status: 'ended' })).toBeNull();
    expect(pendingRecovery({ recoveries: [], clock, status: 'live' })).toBeNull();
  });
});
