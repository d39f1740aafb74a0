import path from 'node:path';
import { openHostCore, type HostCore, type HostCoreOptions } from '../../electron/host/core';
import { createRecordingLogger } from '../../electron/host/ports';
import { fakeClock, tempDir } from './temp';

export const RESOURCES = path.resolve(__dirname, '../../resources');

/** A host core on a temp data directory with a fake clock and a recording logger. */
export function testCore(dataDir = tempDir(), ports: Pick<HostCoreOptions, 'monotonic' | 'timers'> = {}) {
  const clock = fakeClock();
  const logger = createRecordingLogger();
  const core: HostCore = openHostCore({
    dataDir,
    appVersion: '0.0.0-test',
    clock,
    logger,
    resourcesDir: RESOURCES,
    ...ports,
  });
  return { core, clock, logger, dataDir };
}

export const facilitator = { role: 'facilitator', transport: 'test' } as const;
