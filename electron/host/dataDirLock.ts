// One process per data directory: two writers on one SQLite file through two app
// instances would interleave edits the user can't see. The lock file holds the owner's
// pid; a lock left by a crashed process (pid no longer alive) is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../shared/api/errors';

export type DataDirLock = { release(): void; file: string };

export const LOCK_FILE = 'drillbook.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner !== null && isAlive(owner)) {
        throw new DomainError('conflict', 'errors.dataDirLocked', { dataDir, pid: owner });
      }
      fs.rmSync(file, { force: true }); // stale: its owner is gone
    }
  }
  throw new DomainError('conflict', 'errors.dataDirLocked', { dataDir });
}

function readOwner(file: string): number | null {
  try {
    const pid = (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    // Unreadable or half-written (its writer died mid-write): treat as stale.
    return null;
  }
}
