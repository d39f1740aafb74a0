// A database file of zero bytes holds no library, but it is not nothing: it usually
// means a copy, a sync tool or a full disk lost the real one. SQLite would quietly
// treat it as a new empty library and the user would think their exercises were
// deleted. Instead it is kept aside under a dated name, and the caller tells the user.
import fs from 'node:fs';
import path from 'node:path';

/** SQLite's companions of a database file, moved with it so the set stays consistent. */
const COMPANIONS = ['-wal', '-shm'];

/**
 * If `file` exists and is empty, renames it (and its -wal/-shm, if any) to
 * `<name>.empty-<UTC time>` and returns the new file's name; otherwise returns null.
 */
export function setAsideEmptyDatabase(file: string, now: Date): string | null {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (size > 0) return null;
  // No ':' in the name: Windows forbids it.
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  let kept = `${file}.empty-${stamp}`;
  for (let n = 2; fs.existsSync(kept); n++) kept = `${file}.empty-${stamp}-${n}`;
  fs.renameSync(file, kept);
  for (const suffix of COMPANIONS) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, kept + suffix);
  }
  return path.basename(kept);
}
