// The staff key: the secret in the host's printed link (`?token=…`) that makes a browser
// staff. Kept in the data folder, owner-only, created once, so the facilitator's link
// (bookmarked, or open in a tab that reconnects) still works after the host restarts.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './ports';

export const STAFF_KEY_FILE = 'staff.key';
const KEY_BYTES = 24;
/** base64url of KEY_BYTES bytes; anything else in the file is not a key we wrote. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** Reads the key, or creates it when there is none (or the file holds no usable key). */
export function loadOrCreateStaffKey(dataDir: string, logger: Logger): string {
  const file = path.join(dataDir, STAFF_KEY_FILE);
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (KEY_PATTERN.test(stored)) return stored;
    // A damaged key cannot be trusted as a secret; a new one means a new link, said in the log.
    logger.warn('staff key file unreadable: a new key (and link) is made', { file });
    fs.rmSync(file);
  }
  const key = randomBytes(KEY_BYTES).toString('base64url');
  // 'wx': never overwrite a key another start wrote; 0600: only the owner reads it.
  fs.writeFileSync(file, key + '\n', { flag: 'wx', mode: 0o600 });
  return key;
}
