import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import {
  applyClockEvent,
  CLOCK_NOT_STARTED,
  formatClock,
  scenarioTimeOf,
  wallDelayMs,
  type ClockEvent,
} from '../../../shared/session/clock';
import { CLOCK_SPEEDS, type ClockSpeed, type SessionEvent } from '../../../shared/session/events';

let seq = 0;
/** A clock event at monotonic time `mono` (other fields do not matter to the clock). */
function at(mono: number, body: Record<string, unknown>): SessionEvent {
  return {
    seq: ++seq,
    at: '2026-11-30T08:00:00.000Z',
    mono,
    scenarioMs: 0,
    actor: { kind: 'staff', id: 'fac' },
    ...body,
  } as SessionEvent;
}
const started = (mono: number) => at(mono, { type: 'clock_started' });
const paused = (mono: number) => at(mono, { type: 'clock_paused' });
const resumed = (mono: number) => at(mono, { type: 'clock_resumed' });
const speed = (mono: number, s: ClockSpeed) => at(mono, { type: 'clock_speed_set', speed: s });
const jumped = (mono: number, toMs: number) => at(mono, { type: 'clock_jumped', toMs, reason: 'time' });

describe('scenario clock: a hand-computed table', () => {
  // One session: start, a minute, pause a minute, resume, ×2, ×10, a jump, pause, ×5 set
  // while paused, resume. Each row: monotonic time, the events up to then, scenario time.
  const events = [
    started(1_000),
    paused(61_000),
    resumed(121_000),
    speed(151_000, 2),
    speed(181_000, 10),
    jumped(187_000, 600_000),
    paused(188_500),
    speed(200_000, 5),
    resumed(300_000),
  ];
  it.each([
    [1_000, 0, 'T+00:00:00'],
    [31_000, 30_000, 'T+00:00:30'],
    [61_000, 60_000, 'T+00:01:00'], // paused here
    [121_000, 60_000, 'T+00:01:00'], // a minute of pause does not count
    [151_000, 90_000, 'T+00:01:30'], // ×2 from here
    [181_000, 150_000, 'T+00:02:30'], // 30 s at ×2 = 60 s; ×10 from here
    [186_999, 209_990, 'T+00:03:29'], // rounded down: the second has not fully passed
    [187_000, 600_000, 'T+00:10:00'], // jumped (from 210 s)
    [188_500, 615_000, 'T+00:10:15'], // 1.5 s at ×10; paused
    [250_000, 615_000, 'T+00:10:15'], // ×5 chosen while paused changes nothing yet
    [302_000, 625_000, 'T+00:10:25'], // 2 s at ×5
    [3_900_000, 18_615_000, 'T+05:10:15'], // an hour at ×5 after resuming: 5 h more
  ])('at mono %i the clock shows %i ms (%s)', (mono, ms, text) => {
    const upTo = events.filter((e) => e.mono <= mono);
    expect(scenarioTimeOf(upTo, mono)).toBe(ms);
    expect(formatClock(ms)).toBe(text);
  });

  it('shows T+00:00:00 before the clock starts, however long the lobby waits', () => {
    expect(scenarioTimeOf([], 50_000)).toBe(0);
  });
});

describe('scenario clock: refused moves', () => {
  const clock = (events: SessionEvent[]) =>
    events.reduce((c, e) => applyClockEvent(c, e as ClockEvent), CLOCK_NOT_STARTED);
  it.each([
    ['pausing before the start', [paused(10)], 'session.errors.clock_not_started'],
    ['starting twice', [started(0), started(5)], 'session.errors.clock_already_started'],
    ['pausing a paused clock', [started(0), paused(5), paused(6)], 'session.errors.clock_not_running'],
    ['resuming a running clock', [started(0), resumed(5)], 'session.errors.clock_already_running'],
    ['jumping backwards', [started(0), jumped(10_000, 5_000)], 'session.errors.jump_not_forward'],
    ['jumping to now', [started(0), jumped(10_000, 10_000)], 'session.errors.jump_not_forward'],
  ])('%s', (_name, events, key) => {
    expect(() => clock(events)).toThrow(DomainError);
    expect(() => clock(events)).toThrow(expect.objectContaining({ messageKey: key }));
  });

  it('a speed chosen in the lobby is kept when the clock starts', () => {
    const c = clock([speed(0, 5), started(100)]);
    expect(c).toMatchObject({ started: true, running: true, speed: 5, anchorMs: 0, anchorMono: 100 });
  });
});

describe('wallDelayMs', () => {
  const running = applyClockEvent(
    applyClockEvent(CLOCK_NOT_STARTED, started(0) as ClockEvent),
    speed(0, 10) as ClockEvent,
  );
  it('divides the scenario time left by the speed, rounding up so the timer is never early', () => {
    expect(wallDelayMs(running, 60_000, 0)).toBe(6_000);
    expect(wallDelayMs(running, 60_005, 0)).toBe(6_001);
  });
  it('is 0 once the time has come, and null while paused', () => {
    expect(wallDelayMs(running, 60_000, 6_000)).toBe(0);
    expect(wallDelayMs(running, 60_000, 9_000)).toBe(0);
    const stopped = applyClockEvent(running, paused(1_000) as ClockEvent);
    expect(wallDelayMs(stopped, 60_000, 2_000)).toBeNull();
  });
});

describe('formatClock', () => {
  it.each([
    [0, 'T+00:00:00'],
    [999, 'T+00:00:00'],
    [59_999, 'T+00:00:59'],
    [3_600_000, 'T+01:00:00'],
    [26 * 3_600_000 + 5 * 60_000 + 7_000, 'T+26:05:07'],
  ])('%i ms → %s', (ms, text) => expect(formatClock(ms)).toBe(text));
});

// ——— properties ———

type Op =
  | { dt: number; kind: 'pause' | 'resume' | 'sample' }
  | { dt: number; kind: 'speed'; speed: ClockSpeed }
  | { dt: number; kind: 'jump'; by: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ dt: fc.nat(100_000), kind: fc.constantFrom('pause' as const, 'resume' as const, 'sample' as const) }),
  fc.record({ dt: fc.nat(100_000), kind: fc.constant('speed' as const), speed: fc.constantFrom(...CLOCK_SPEEDS) }),
  fc.record({ dt: fc.nat(100_000), kind: fc.constant('jump' as const), by: fc.integer({ min: 1, max: 3_600_000 }) }),
);

/**
 * The events a facilitator could make from `ops` (moves that would be refused are left
 * out), and a reference model: scenario time accumulated segment by segment — running
 * time × speed, plus every jump — written independently of the clock's anchors.
 */
function session(ops: Op[], startMono: number) {
  const events: SessionEvent[] = [started(startMono)];
  const samples: { mono: number; expected: number; count: number }[] = [{ mono: startMono, expected: 0, count: 1 }];
  let mono = startMono;
  let scenario = 0;
  let running = true;
  let s: ClockSpeed = 1;
  for (const op of ops) {
    scenario += running ? op.dt * s : 0;
    mono += op.dt;
    if (op.kind === 'pause' && running) {
      running = false;
      events.push(paused(mono));
    } else if (op.kind === 'resume' && !running) {
      running = true;
      events.push(resumed(mono));
    } else if (op.kind === 'speed') {
      s = op.speed;
      events.push(speed(mono, op.speed));
    } else if (op.kind === 'jump') {
      scenario += op.by;
      events.push(jumped(mono, scenario));
    }
    samples.push({ mono, expected: scenario, count: events.length });
  }
  return { events, samples, end: { mono, scenario, running, speed: s } };
}

describe('scenario clock: properties', () => {
  it('matches the segment-by-segment model: paused time is excluded, speed multiplies, jumps add', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.nat(1_000_000), (ops, startMono) => {
        const { events, samples } = session(ops, startMono);
        for (const { mono, expected, count } of samples)
          expect(scenarioTimeOf(events.slice(0, count), mono)).toBe(expected);
      }),
    );
  });

  it('never runs backwards as monotonic time moves forward', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.array(fc.nat(4_000_000), { maxLength: 30 }), (ops, probes) => {
        // Every event, and every probe between them, in log order: the time read never drops.
        const { events } = session(ops, 0);
        const readings = events.map((e, i) => ({ mono: e.mono, count: i + 1 }));
        for (const p of probes) readings.push({ mono: p, count: events.filter((e) => e.mono <= p).length });
        readings.sort((a, b) => a.mono - b.mono || a.count - b.count);
        let previous = -1;
        for (const { mono, count } of readings) {
          const now = scenarioTimeOf(events.slice(0, count), mono);
          expect(now).toBeGreaterThanOrEqual(previous);
          previous = now;
        }
      }),
    );
  });

  it('runs at exactly its speed between events, and stands still while paused', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), fc.nat(1_000_000), (ops, d) => {
        const { events, end } = session(ops, 0);
        const later = scenarioTimeOf(events, end.mono + d) - scenarioTimeOf(events, end.mono);
        expect(later).toBe(end.running ? end.speed * d : 0);
      }),
    );
  });

  it('jumps compose: to a then to b is the same as straight to b; pause+resume at once changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 20 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat(1_000_000),
        (ops, a, b, d) => {
          const { events, end } = session(ops, 0);
          const m = end.mono;
          const twice = [...events, jumped(m, end.scenario + a), jumped(m, end.scenario + a + b)];
          const once = [...events, jumped(m, end.scenario + a + b)];
          expect(scenarioTimeOf(twice, m + d)).toBe(scenarioTimeOf(once, m + d));
          if (end.running) {
            const blink = [...events, paused(m), resumed(m)];
            expect(scenarioTimeOf(blink, m + d)).toBe(scenarioTimeOf(events, m + d));
          }
        },
      ),
    );
  });
});
