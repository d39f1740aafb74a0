import path from 'node:path';
import type { Caller } from '../../electron/host/dispatcher';
import { DESKTOP_STAFF } from '../../shared/api/principal';
import { openHostCore, type HostCore, type HostCoreOptions } from '../../electron/host/core';
import { createRecordingLogger } from '../../electron/host/ports';
import { createParsePool, type ParsePool } from '../../electron/host/parsing/parsePool';
import { PARSE_WORKER_FILE } from './parseWorkerFiles';
import { fakeClock, tempDir } from './temp';

export const RESOURCES = path.resolve(__dirname, '../../resources');

let sharedPool: ParsePool | null = null;
/** One parse worker for all the cores of a test file: starting one costs most of a second. */
function parsePoolForTests(): ParsePool {
  sharedPool ??= createParsePool({ workerFile: PARSE_WORKER_FILE, logger: createRecordingLogger() });
  return sharedPool;
}

/**
 * A host core on a temp data directory with a fake clock and a recording logger. Files
 * are read in the real parse worker, shared with the test file's other cores unless
 * `extra` asks for a budget of its own.
 */
export function testCore(dataDir = tempDir(), extra: Partial<HostCoreOptions> = {}) {
  const clock = fakeClock();
  const logger = createRecordingLogger();
  const core: HostCore = openHostCore({
    dataDir,
    appVersion: '0.0.0-test',
    clock,
    logger,
    resourcesDir: RESOURCES,
    parseWorkerFile: PARSE_WORKER_FILE,
    sharedParsePool: extra.parseBudget || extra.parseWorkerFile ? undefined : parsePoolForTests(),
    ...extra,
  });
  return { core, clock, logger, dataDir };
}

/** The staff principal (desktop window, staff link) as a test caller. */
export const facilitator: Caller = { principal: DESKTOP_STAFF, transport: 'test' };

/** A participant of some session, as a test caller (what a guest link becomes once admitted). */
export const someParticipant: Caller = {
  principal: {
    kind: 'participant',
    sessionId: '00000000-0000-4000-8000-000000000001',
    participantId: 'p1',
    teamId: 't1',
  },
  transport: 'test',
};
