import { describe, expect, it } from 'vitest';
import { judgeLock, parseLockRecord, STALE_AFTER_MS } from '../../../electron/host/dataDirLock';

const now = Date.parse('2026-11-30T10:00:00.000Z');
const bootTime = now - 3 * 3600_000;
const machine = { now, bootTime, alive: true };
const at = (ms: number) => new Date(ms).toISOString();
const writtenAt = now - 5_000;

describe('when a data folder lock still holds', () => {
  it('holds for a live owner whose heartbeat is recent, either side of now', () => {
    expect(judgeLock({ pid: 7, heartbeat: at(now - 5_000) }, writtenAt, machine)).toBe('held');
    expect(judgeLock({ pid: 7, heartbeat: at(now - STALE_AFTER_MS) }, writtenAt, machine)).toBe('held');
    expect(judgeLock({ pid: 7, heartbeat: at(now + 5_000) }, writtenAt, machine)).toBe('held');
  });

  it('is stale when the owner is gone, whatever its heartbeat says', () => {
    expect(judgeLock({ pid: 7, heartbeat: at(now) }, writtenAt, { ...machine, alive: false })).toBe('ownerGone');
  });

  it('is stale when its heartbeat stopped, even though the pid is alive (reused)', () => {
    expect(judgeLock({ pid: 7, heartbeat: at(now - STALE_AFTER_MS - 1) }, writtenAt, machine)).toBe('heartbeatStopped');
    // A clock set back by hours must not make an old lock look fresh.
    expect(judgeLock({ pid: 7, heartbeat: at(now + 3600_000) }, writtenAt, machine)).toBe('heartbeatStopped');
    expect(judgeLock({ pid: 7, heartbeat: 'yesterday' }, writtenAt, machine)).toBe('heartbeatStopped');
  });

  it('is stale when written before the computer started, heartbeat or not', () => {
    expect(judgeLock({ pid: 7 }, bootTime - 1, machine)).toBe('beforeBoot');
    expect(judgeLock({ pid: 7, heartbeat: at(now) }, bootTime - 1, machine)).toBe('beforeBoot');
  });

  it('keeps the old rule for a lock without a heartbeat, written since boot: a live pid holds', () => {
    expect(judgeLock({ pid: 7 }, writtenAt, machine)).toBe('held');
  });

  it('an unreadable lock is stale', () => {
    expect(judgeLock(null, writtenAt, machine)).toBe('unreadable');
  });
});

describe('reading a lock file', () => {
  it('reads the fields it knows and ignores the rest', () => {
    expect(parseLockRecord('{"pid":12,"since":"s","heartbeat":"h","nonce":"n","extra":1}')).toEqual({
      pid: 12,
      since: 's',
      heartbeat: 'h',
      nonce: 'n',
    });
    expect(parseLockRecord('{"pid":12,"heartbeat":5}')).toEqual({
      pid: 12,
      since: undefined,
      heartbeat: undefined,
      nonce: undefined,
    });
  });

  it('refuses half-written text and impossible pids', () => {
    for (const text of ['', '{"pi', '{"pid":0}', '{"pid":-3}', '{"pid":1.5}', '{"pid":"12"}', 'null', '[]'])
      expect(parseLockRecord(text), text).toBeNull();
  });
});
