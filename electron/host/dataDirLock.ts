// One process per data directory: two writers on one SQLite file through two app
// instances would interleave edits the user can't see. The lock file names its owner
// (pid) and carries a heartbeat the owner rewrites every few seconds. A lock is
// stale, and taken over, when its owner is gone, when it was written before the
// computer last started, or when its heartbeat stopped: a pid can be reused by an
// unrelated program after a reboot, and that must not lock the user out for good.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../../shared/api/errors';
import type { Logger } from './ports';

export type DataDirLock = { release(): void; file: string };

export const LOCK_FILE = 'drillbook.lock';
/** How often the owner rewrites its heartbeat. */
export const HEARTBEAT_MS = 10_000;
/** A heartbeat this old means its owner hung or is someone else (generous: a busy host may skip beats). */
export const STALE_AFTER_MS = 60_000;

export type LockRecord = { pid: number; since?: string; heartbeat?: string; nonce?: string };

/** What the lock needs from the machine, so tests can move time and fire the heartbeat by hand. */
export type LockPorts = {
  now(): number;
  /** When the computer last started (ms since the epoch). */
  bootTime(): number;
  isAlive(pid: number): boolean;
  /** Calls `tick` every `ms` without keeping the process alive; returns a stop function. */
  every(ms: number, tick: () => void): () => void;
  logger?: Logger;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const systemLockPorts: LockPorts = {
  now: () => Date.now(),
  bootTime: () => Date.now() - os.uptime() * 1000,
  isAlive,
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export type LockVerdict = 'held' | 'ownerGone' | 'beforeBoot' | 'heartbeatStopped' | 'unreadable';

/** Whether an existing lock still holds. Pure: the caller reads the file and the machine. */
export function judgeLock(
  record: LockRecord | null,
  fileWrittenAt: number,
  machine: { now: number; bootTime: number; alive: boolean },
): LockVerdict {
  // Unreadable or half-written (its writer died mid-write).
  if (record === null) return 'unreadable';
  if (!machine.alive) return 'ownerGone';
  // No process survives a restart: whoever has that pid now is someone else.
  if (fileWrittenAt < machine.bootTime) return 'beforeBoot';
  // Locks from versions without a heartbeat keep the old rule (a live pid holds).
  if (record.heartbeat === undefined) return 'held';
  const beat = Date.parse(record.heartbeat);
  // Either way: a clock set back must not make a dead lock look fresh for hours.
  if (Number.isNaN(beat) || Math.abs(machine.now - beat) > STALE_AFTER_MS) return 'heartbeatStopped';
  return 'held';
}

export function parseLockRecord(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as Partial<Record<keyof LockRecord, unknown>>;
    const pid = value.pid;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { pid, since: str(value.since), heartbeat: str(value.heartbeat), nonce: str(value.nonce) };
  } catch {
    return null;
  }
}

function readLock(file: string): { record: LockRecord | null; writtenAt: number } | null {
  try {
    const writtenAt = fs.statSync(file).mtimeMs;
    return { record: parseLockRecord(fs.readFileSync(file, 'utf8')), writtenAt };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; // released meanwhile
    throw error;
  }
}

export function acquireDataDirLock(dataDir: string, ports: LockPorts = systemLockPorts): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const nonce = randomUUID();
  const since = new Date(ports.now()).toISOString();
  const content = () =>
    JSON.stringify({ pid: process.pid, since, heartbeat: new Date(ports.now()).toISOString(), nonce });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      try {
        fs.writeSync(fd, content());
      } finally {
        fs.closeSync(fd);
      }
      return holdLock(file, nonce, content, ports);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const found = readLock(file);
      if (found !== null) {
        const { record, writtenAt } = found;
        const machine = { now: ports.now(), bootTime: ports.bootTime(), alive: !!record && ports.isAlive(record.pid) };
        const verdict = judgeLock(record, writtenAt, machine);
        if (verdict === 'held')
          throw new DomainError('conflict', 'errors.dataDirLocked', { dataDir, pid: record!.pid });
        ports.logger?.warn('taking over a stale data folder lock', { file, verdict, pid: record?.pid });
        fs.rmSync(file, { force: true });
      }
    }
  }
  throw new DomainError('conflict', 'errors.dataDirLocked', { dataDir });
}

function holdLock(file: string, nonce: string, content: () => string, ports: LockPorts): DataDirLock {
  const stillOurs = () => readLock(file)?.record?.nonce === nonce;
  const beat = () => {
    try {
      if (!stillOurs()) {
        // Someone judged us stale (we were frozen past the window): say so loudly.
        ports.logger?.error('the data folder lock was taken over by another process', { file });
        stop();
        return;
      }
      // Write aside, then rename over: a reader never sees a half-written lock.
      const next = `${file}.${nonce}.tmp`;
      fs.writeFileSync(next, content(), { mode: 0o600 });
      fs.renameSync(next, file);
    } catch (error) {
      // A full disk must not stop the host; the next beat tries again.
      ports.logger?.warn('cannot refresh the data folder lock', { file, error: String(error) });
    }
  };
  const stop = ports.every(HEARTBEAT_MS, beat);
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      stop();
      try {
        // Only our own lock: if another process took it over, it is theirs to remove.
        if (stillOurs()) fs.rmSync(file, { force: true });
      } catch (error) {
        // Closing must finish; a lock left behind is judged stale by the next start.
        ports.logger?.warn('cannot remove the data folder lock', { file, error: String(error) });
      }
    },
  };
}
