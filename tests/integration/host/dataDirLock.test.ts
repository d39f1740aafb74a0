import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  HEARTBEAT_MS,
  LOCK_FILE,
  STALE_AFTER_MS,
  systemLockPorts,
  type LockPorts,
} from '../../../electron/host/dataDirLock';
import { openHostCore } from '../../../electron/host/core';
import { createRecordingLogger } from '../../../electron/host/ports';
import { DomainError } from '../../../shared/api/errors';
import { createTranslator } from '../../../shared/i18n/translator';
import { tempDir } from '../../support/temp';
import { RESOURCES } from '../../support/core';
import { PARSE_WORKER_FILE } from '../../support/parseWorkerFiles';

describe('data directory lock', () => {
  it('a second core on the same data dir gets a clear error, and can open once the first closes', () => {
    const dataDir = tempDir();
    const logger = createRecordingLogger();
    const first = openHostCore({
      dataDir,
      appVersion: 't',
      logger,
      resourcesDir: RESOURCES,
      parseWorkerFile: PARSE_WORKER_FILE,
    });
    let error: unknown;
    try {
      openHostCore({ dataDir, appVersion: 't', logger, resourcesDir: RESOURCES, parseWorkerFile: PARSE_WORKER_FILE });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.dataDirLocked',
      details: { pid: process.pid },
    });
    first.close();
    const second = openHostCore({
      dataDir,
      appVersion: 't',
      logger,
      resourcesDir: RESOURCES,
      parseWorkerFile: PARSE_WORKER_FILE,
    });
    second.close();
  });

  it('is held against another live process', async () => {
    const dataDir = tempDir();
    // Another process writes a lock naming itself and stays alive while we try.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: child.pid }));
      expect(() => acquireDataDirLock(dataDir)).toThrow(DomainError);
    } finally {
      child.kill();
    }
  });

  it('takes over a lock whose owner died, and one left half-written', async () => {
    const dataDir = tempDir();
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.on('exit', resolve));
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: child.pid }));
    const lock = acquireDataDirLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), '{"pi');
    acquireDataDirLock(dataDir).release();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });
});

/** The machine as the lock sees it, with time moved and heartbeats fired by hand. */
function fakeMachine(start = Date.now()) {
  let now = start;
  const ticks = new Set<() => void>();
  const logger = createRecordingLogger();
  const ports: LockPorts = {
    now: () => now,
    bootTime: () => start - 3600_000,
    isAlive: () => true, // every pid is some live process: the reused-pid case
    every(ms, tick) {
      expect(ms).toBe(HEARTBEAT_MS);
      ticks.add(tick);
      return () => ticks.delete(tick);
    },
    logger,
  };
  return {
    ports,
    logger,
    advance(ms: number) {
      now += ms;
    },
    beat: () => [...ticks].forEach((tick) => tick()),
    timers: () => ticks.size,
  };
}

const readLock = (dataDir: string) => JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'));

describe('data directory lock: a pid reused by an unrelated process', () => {
  // Our parent (the test runner) is a live process that is not a Drillbook host.
  const unrelatedPid = process.ppid;

  it('takes over a lock naming a live pid whose heartbeat stopped long ago', () => {
    const dataDir = tempDir();
    const beat = new Date(Date.now() - 5 * STALE_AFTER_MS).toISOString();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: unrelatedPid, heartbeat: beat }));
    const logger = createRecordingLogger();
    const lock = acquireDataDirLock(dataDir, { ...systemLockPorts, logger });
    try {
      expect(readLock(dataDir).pid).toBe(process.pid);
      expect(logger.entries).toContainEqual(
        expect.objectContaining({
          message: 'taking over a stale data folder lock',
          fields: expect.objectContaining({ verdict: 'heartbeatStopped' }),
        }),
      );
    } finally {
      lock.release();
    }
  });

  it('still refuses a live pid with a fresh heartbeat, in words', () => {
    const dataDir = tempDir();
    const beat = new Date().toISOString();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: unrelatedPid, heartbeat: beat }));
    let error: unknown;
    try {
      acquireDataDirLock(dataDir).release();
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.dataDirLocked',
      details: { pid: unrelatedPid },
    });
    const { messageKey, details } = error as DomainError;
    expect(createTranslator('en')(messageKey, details)).toContain(`process ${unrelatedPid}`);
    expect(readLock(dataDir).pid).toBe(unrelatedPid); // not touched
  });

  it('takes over a lock without a heartbeat (older app) written before the computer started', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: unrelatedPid }));
    const beforeBoot = new Date(systemLockPorts.bootTime() - 3600_000);
    fs.utimesSync(file, beforeBoot, beforeBoot);
    acquireDataDirLock(dataDir).release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('the holder keeps its heartbeat fresh, so a live host is never taken over', () => {
    const dataDir = tempDir();
    const machine = fakeMachine();
    const held = acquireDataDirLock(dataDir, machine.ports);
    const first = readLock(dataDir).heartbeat;
    for (let i = 0; i < 20; i++) {
      machine.advance(HEARTBEAT_MS);
      machine.beat();
    }
    expect(Date.parse(readLock(dataDir).heartbeat) - Date.parse(first)).toBe(20 * HEARTBEAT_MS);
    // 200 s after it started, the lock is still held: its heartbeat is 0 s old.
    expect(() => acquireDataDirLock(dataDir, machine.ports)).toThrow(DomainError);
    held.release();
    expect(machine.timers()).toBe(0);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it("a holder frozen past the window loses the lock, says so, and leaves the new owner's lock alone", () => {
    const dataDir = tempDir();
    const machine = fakeMachine();
    const frozen = acquireDataDirLock(dataDir, machine.ports);
    machine.advance(STALE_AFTER_MS + 1);
    const other = fakeMachine(Date.now() + STALE_AFTER_MS + 1);
    const next = acquireDataDirLock(dataDir, other.ports);
    const nextNonce = readLock(dataDir).nonce;
    machine.beat(); // the frozen one wakes up
    expect(machine.logger.entries.map((e) => e.message)).toContain(
      'the data folder lock was taken over by another process',
    );
    expect(machine.timers()).toBe(0);
    frozen.release();
    expect(readLock(dataDir).nonce).toBe(nextNonce);
    next.release();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });
});
