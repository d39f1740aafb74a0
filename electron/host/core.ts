// The host core: everything Drillbook does, without Electron. The desktop shell and
// the headless host (`npm run host`) both open one of these and put a transport on it.
import { randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { setAsideEmptyDatabase } from '../db/setAside';
import { forgetVerified, stampVerified, untouchedSinceVerified } from '../db/verifiedStamp';
import type { StartupNotice } from '../../shared/api/contract';
import { createLibraryService } from '../services/library/libraryService';
import { loadTemplates } from '../services/templates/templateService';
import { createAttachmentStore } from '../services/attachments/attachmentStore';
import { createExchangeService } from '../services/exchange/exchangeService';
import { createMselService } from '../services/spreadsheet/mselService';
import { createSessionService } from '../services/session/sessionService';
import { acquireDataDirLock, systemLockPorts, type DataDirLock, type LockPorts } from './dataDirLock';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createEventBus, type EventBus } from './events';
import { createHandlers } from './handlers';
import { createParsePool, type ParsePool, type ParsePoolOptions } from './parsing/parsePool';
import { workerParsers } from './parsing/parsers';
import {
  createConsoleLogger,
  createSystemTimers,
  systemClock,
  systemMonotonicClock,
  type Clock,
  type Logger,
  type MonotonicClock,
  type Timers,
} from './ports';
import { loadOrCreateStaffKey } from './staffKey';
import { createJoinLimiter } from './joinLimiter';
import { createSubscriptionHub, type SubscriptionHub } from './subscriptions';
import { createPresenceTracker, type PresenceTracker } from './presence';
import { createGuestService } from '../services/session/guestService';
import type { GuestBinding } from '../services/session/guestStore';
import type { Principal } from '../../shared/api/principal';
import { JOIN_ATTEMPTS_MAX, JOIN_WINDOW_MS, JOIN_WRONG_CODE_DELAY_MS } from '../../shared/api/limits';
import { classifyStorageError, startupError } from './storageErrors';
import type { LanPort } from './lanController';

export type HostCoreOptions = {
  dataDir: string;
  appVersion: string;
  /** Where the app's own read-only files are (built-in templates). */
  resourcesDir: string;
  /** The bundled parse worker (dist/host/parseWorker.cjs): files are read there, off the event loop. */
  parseWorkerFile: string;
  /** Tests shrink the parse budget; the host uses PARSE_BUDGET. */
  parseBudget?: Pick<ParsePoolOptions, 'heapMiB' | 'timeMs'>;
  /** A pool several cores share (tests open dozens); this core then neither starts nor stops one. */
  sharedParsePool?: ParsePool;
  clock?: Clock;
  /** Live sessions' time and timers; tests drive them with virtual time. */
  monotonic?: MonotonicClock;
  timers?: Timers;
  logger?: Logger;
  /** The data-folder lock's view of the machine (time, heartbeat timer); tests fake it. */
  lockPorts?: LockPorts;
  /** How long a wrong join code waits for its answer (JOIN_WRONG_CODE_DELAY_MS); tests shorten it. */
  joinWrongCodeDelayMs?: number;
  /** Called once the database is open and migrated; tests use it to shrink the disk. */
  onDatabaseOpen?: (db: Db) => void;
};

export type HostCore = {
  dataDir: string;
  dispatch: Dispatch;
  events: Pick<EventBus, 'subscribe'>;
  /** Things the user should know about this start (an empty database set aside…). */
  notices: readonly StartupNotice[];
  /** The secret of the staff link; the same on every start with this data folder. */
  staffKey: string;
  /**
   * What a guest connection is now (admitted, moved, removed since it joined): asked anew
   * for every call and every event, so a change applies to live connections at once.
   */
  guestPrincipal(binding: GuestBinding): Principal;
  /** Pushed events for one connection or window (subscriptions.ts). */
  subscriptions: Pick<SubscriptionHub, 'open'>;
  /** The library's change counter now: what a staff subscription would be told (a page the host renders carries it). */
  librarySeq(): number;
  /**
   * The office network, once a web transport runs (lanController.ts); null: none runs, and
   * `lan.open` is refused. Given after the core opens, since the transport needs the core.
   */
  useLan(port: LanPort | null): void;
  /** Guest connections open per session, for the console (presence.ts). */
  presence: Pick<PresenceTracker, 'open' | 'changed' | 'close'>;
  close(): void;
};

export const DATABASE_FILE = 'drillbook.sqlite';
const BIN_KEEP_MS = 24 * 3600_000;
export const BIN_PURGE_DELAY_MS = 5_000;

/**
 * Every failure comes out as a translated DomainError (a locked, unreadable, full or
 * damaged data folder…), and none leaves the data folder locked or the database open.
 */
export function openHostCore(options: HostCoreOptions): HostCore {
  const logger = options.logger ?? createConsoleLogger();
  const clock = options.clock ?? systemClock;
  const dataDir = path.resolve(options.dataDir);
  const file = path.join(dataDir, DATABASE_FILE);
  let lock: DataDirLock | null = null;
  let db: Db | null = null;
  try {
    prepareDataDir(dataDir, logger);
    lock = acquireDataDirLock(dataDir, { ...(options.lockPorts ?? systemLockPorts), logger });
    const notices: StartupNotice[] = [];
    const kept = setAsideEmptyDatabase(file, clock.now());
    if (kept !== null) {
      logger.warn('empty database file set aside', { file, kept });
      notices.push({ messageKey: 'common.notice.emptyDatabaseKept', details: { dataDir, kept } });
    }
    // A file untouched since it last passed quick_check is not read whole again: with
    // 10,000 exercises that read alone would take seconds of every start.
    const alreadyVerified = untouchedSinceVerified(file);
    forgetVerified(file);
    if (alreadyVerified) logger.info('library file untouched since its last check: quick_check skipped', { file });
    db = openDatabase(file, { alreadyVerified });
    options.onDatabaseOpen?.(db);
    const staffKey = loadOrCreateStaffKey(dataDir, logger);
    return { ...assemble(db, lock, dataDir, notices, options, clock, logger), staffKey };
  } catch (error) {
    db?.close();
    lock?.release();
    const failure = startupError(error, { dataDir, file });
    // The stack only for the unforeseen (a bug); a full disk is not worth one.
    const fields = failure.code === 'internal' && error instanceof Error ? { stack: error.stack } : {};
    const reason = error instanceof Error ? error.message : String(error);
    logger.error('cannot open the data folder', { messageKey: failure.messageKey, reason, ...fields });
    throw failure;
  }
}

/** Owner-only on POSIX, whether Drillbook creates the folder or is pointed at one. */
function prepareDataDir(dataDir: string, logger: Logger): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return;
  try {
    fs.chmodSync(dataDir, 0o700);
  } catch (error) {
    // A folder someone else owns but lets us write: usable, and the database file
    // itself is still made owner-only. Worth a line in the log, not a refusal.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
    logger.warn('cannot make the data folder owner-only', { dataDir, error: String(error) });
  }
}

function assemble(
  db: Db,
  lock: DataDirLock,
  dataDir: string,
  notices: readonly StartupNotice[],
  options: HostCoreOptions,
  clock: Clock,
  logger: Logger,
): Omit<HostCore, 'staffKey'> {
  const bus = createEventBus();
  const library = createLibraryService({ db, clock, logger });
  const timers = options.timers ?? createSystemTimers();
  // Bin entries older than a day are gone for good; until then "delete" can be undone.
  // Emptied a little after the start, not during it: finding them scans every exercise.
  const purge = timers.setTimeout(() => {
    try {
      const purged = library.purgeDeleted(new Date(clock.now().getTime() - BIN_KEEP_MS));
      if (purged > 0) logger.info('bin emptied of exercises deleted over a day ago', { purged });
    } catch (error) {
      // A full or read-only disk: the bin stays as it is until the next start; the host goes on.
      logger.error('cannot empty the bin', { error: String(error) });
    }
  }, BIN_PURGE_DELAY_MS);
  const templates = loadTemplates(path.join(options.resourcesDir, 'templates'), logger);
  const attachments = createAttachmentStore(db);
  const appVersion = options.appVersion;
  const ownPool = options.sharedParsePool
    ? null
    : createParsePool({ workerFile: options.parseWorkerFile, logger, ...options.parseBudget });
  const parsers = workerParsers(options.sharedParsePool ?? ownPool!);
  const exchange = createExchangeService({
    db,
    clock,
    library,
    attachments,
    appVersion,
    readDrill: parsers.readDrill,
  });
  // Reading a spreadsheet, like a `.drill` file, runs in the parse worker.
  const msel = createMselService(library, parsers.readSpreadsheet);
  const sessions = createSessionService({
    db,
    clock,
    monotonic: options.monotonic ?? systemMonotonicClock,
    timers,
    logger,
    random: (count) => randomFillSync(new Uint8Array(count)),
    publish: (sessionId, seq) => bus.publish('session.changed', { sessionId, seq }),
  });
  const guests = createGuestService({ db, clock, sessions });
  const subscriptions = createSubscriptionHub({
    bus,
    sessionState: (sessionId) => sessions.stateOf(sessionId).state,
    sessionEvents: (sessionId, afterSeq, limit) => sessions.events(sessionId, afterSeq, limit).events,
    libraryStartSeq: clock.now().getTime(),
  });
  const presence: PresenceTracker = createPresenceTracker((sessionId) =>
    bus.publish('session.presence', { sessionId, presence: presence.of(sessionId) }),
  );
  const joinLimiter = createJoinLimiter({ attemptsMax: JOIN_ATTEMPTS_MAX, windowMs: JOIN_WINDOW_MS });
  const delayMs = options.joinWrongCodeDelayMs ?? JOIN_WRONG_CODE_DELAY_MS;
  let lan: LanPort | null = null;
  const services = {
    library,
    templates,
    attachments,
    exchange,
    msel,
    sessions,
    guests,
    joinLimiter,
    presence,
    wrongCodeDelay: () => new Promise<void>((resolve) => setTimeout(resolve, delayMs)),
    nowMs: () => clock.now().getTime(),
    lan: () => lan,
    appVersion,
    notices,
  };
  const handlers = createHandlers(services, bus);
  const where = { dataDir, file: db.name };
  // A damaged page met while running means the file must be checked whole at next start.
  let damageSeen = false;
  // A full disk or a read-only file while running: its own message, and the host stays up.
  const dispatch = createDispatcher(handlers, logger, (error) => {
    const classified = classifyStorageError(error, where, 'running');
    if (classified?.messageKey === 'errors.databaseDamaged' || classified?.messageKey === 'errors.notADatabase')
      damageSeen = true;
    return classified;
  });
  let closed = false;
  return {
    dataDir,
    dispatch,
    events: { subscribe: bus.subscribe },
    notices,
    guestPrincipal: (binding) => guests.principalOf(binding),
    subscriptions,
    librarySeq: () => subscriptions.counter('library'),
    useLan(port) {
      lan = port;
    },
    presence,
    close() {
      if (closed) return;
      closed = true;
      timers.clearTimeout(purge);
      sessions.close();
      void ownPool?.close();
      db.close();
      if (!damageSeen) stampClosedFile(db.name, logger);
      lock.release();
    },
  };
}

/** After a clean close: the next start may skip quick_check while the file stays as it is now. */
function stampClosedFile(file: string, logger: Logger): void {
  try {
    if (!stampVerified(file)) logger.warn('library file left unstamped: the next start checks it whole', { file });
  } catch (error) {
    // A read-only or full disk at close: nothing is lost, the next start checks the file whole.
    logger.warn('cannot stamp the checked library file', { file, error: String(error) });
  }
}
