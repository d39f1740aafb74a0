import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../../electron/host/ports';
import { prerendererLoader } from '../../../electron/host/prerenderModule';
import { tempDir } from '../../support/temp';

describe('the prerender module, loaded when a staff link is first opened', () => {
  it('is loaded once, on the first call', () => {
    const file = path.join(tempDir(), 'prerender.cjs');
    fs.writeFileSync(
      file,
      'globalThis.prerenderLoads = (globalThis.prerenderLoads ?? 0) + 1; exports.prerenderer = { query: {}, render: async () => "" };',
    );
    const load = prerendererLoader(file, createRecordingLogger());
    expect((globalThis as { prerenderLoads?: number }).prerenderLoads).toBeUndefined();
    const first = load();
    expect(first?.query).toEqual({});
    expect(load()).toBe(first);
    expect((globalThis as { prerenderLoads?: number }).prerenderLoads).toBe(1);
  });

  it('is none, logged once, when the file is missing or exports no prerenderer', () => {
    const dir = tempDir();
    const wrong = path.join(dir, 'wrong.cjs');
    fs.writeFileSync(wrong, 'exports.other = 1;');
    for (const file of [path.join(dir, 'missing.cjs'), wrong]) {
      const logger = createRecordingLogger();
      const load = prerendererLoader(file, logger);
      expect(load()).toBeNull();
      expect(load()).toBeNull();
      expect(logger.entries.filter((e) => e.level === 'error')).toHaveLength(1);
      expect(logger.entries[0]?.fields?.file).toBe(file);
    }
  });
});
