// Whether the library file is exactly the one Drillbook closed cleanly after checking it.
// `PRAGMA quick_check` reads every page: on a library of 10,000 exercises (half a GiB)
// that is seconds at every start. So a clean close, after a check that passed, leaves a
// stamp of the file beside it (device, inode, size, modification time to the
// nanosecond, and no write-ahead log left). A start that finds the file matching its
// stamp has nothing new to check; anything else (a crash, a copy, a restore, another
// program's write, a file edited by hand) gets the full check before the host answers.
// The stamp is removed as the database opens, before anything can write.
import fs from 'node:fs';

export const VERIFIED_STAMP_SUFFIX = '.verified';

type Stamp = { dev: string; ino: string; size: string; mtimeNs: string };

function stampOf(file: string): Stamp | null {
  try {
    const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false });
    if (wal && wal.size > 0) return null; // writes not yet in the main file
    const stat = fs.statSync(file, { bigint: true });
    return { dev: String(stat.dev), ino: String(stat.ino), size: String(stat.size), mtimeNs: String(stat.mtimeNs) };
  } catch {
    return null; // no file, or one we cannot stat: the full check decides what it is
  }
}

/** True only when the file is, byte for byte as far as the file system says, the one stamped at the last clean close. */
export function untouchedSinceVerified(file: string): boolean {
  const now = stampOf(file);
  if (!now) return false;
  let saved: unknown;
  try {
    saved = JSON.parse(fs.readFileSync(file + VERIFIED_STAMP_SUFFIX, 'utf8'));
  } catch {
    return false; // no stamp, or not one of ours: check
  }
  const s = saved as Partial<Stamp> | null;
  return s?.dev === now.dev && s.ino === now.ino && s.size === now.size && s.mtimeNs === now.mtimeNs;
}

/** Called as the database opens: from here on the file may change, and the stamp would lie. */
export function forgetVerified(file: string): void {
  fs.rmSync(file + VERIFIED_STAMP_SUFFIX, { force: true });
}

/** Called after a clean close of a database that passed its check; returns false when there was nothing to stamp. */
export function stampVerified(file: string): boolean {
  if (!stampOf(file)) return false;
  // File times tick coarsely (a few ms): a write in the same tick as the close would
  // keep the stamped time. Set back by a second, the stamped time is one no later
  // write can give the file (the same care git takes with "racily clean" files).
  const { atime, mtimeMs } = fs.statSync(file);
  fs.utimesSync(file, atime, new Date(mtimeMs - 1000));
  const stamp = stampOf(file);
  if (!stamp) return false;
  fs.writeFileSync(file + VERIFIED_STAMP_SUFFIX, JSON.stringify(stamp), { mode: 0o600 });
  return true;
}
