import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAFF_KEY_FILE } from '../../../electron/host/staffKey';
import { testCore } from '../../support/core';
import { tempDir } from '../../support/temp';

describe('staff key', () => {
  it('is made once, owner-only, and is the same after the host restarts', () => {
    const dataDir = tempDir();
    const first = testCore(dataDir).core;
    const key = first.staffKey;
    first.close();
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const file = path.join(dataDir, STAFF_KEY_FILE);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const again = testCore(dataDir).core;
    expect(again.staffKey).toBe(key);
    again.close();
  });

  it('differs between data folders', () => {
    const a = testCore().core;
    const b = testCore().core;
    expect(a.staffKey).not.toBe(b.staffKey);
    a.close();
    b.close();
  });

  it('replaces a damaged key file with a new key, and says so in the log', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, STAFF_KEY_FILE), 'not a key\n');
    const { core, logger } = testCore(dataDir);
    expect(core.staffKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(logger.entries.some((e) => e.message.includes('staff key'))).toBe(true);
    core.close();
  });
});
