import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, LOCK_FILE } from '../../../electron/host/dataDirLock';
import { openHostCore } from '../../../electron/host/core';
import { createRecordingLogger } from '../../../electron/host/ports';
import { DomainError } from '../../../shared/api/errors';
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
