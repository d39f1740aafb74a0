// The host core: everything Drillbook does, without Electron. The desktop shell and
// the headless host (`npm run host`) both open one of these and put a transport on it.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { createLibraryService } from '../services/library/libraryService';
import { loadTemplates } from '../services/templates/templateService';
import { createAttachmentStore } from '../services/attachments/attachmentStore';
import { createExchangeService } from '../services/exchange/exchangeService';
import { createMselService, type MselService } from '../services/spreadsheet/mselService';
import { acquireDataDirLock } from './dataDirLock';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createEventBus, type EventBus } from './events';
import { createHandlers } from './handlers';
import { createParsePool, type ParsePool, type ParsePoolOptions } from './parsing/parsePool';
import { workerParsers } from './parsing/parsers';
import { createConsoleLogger, systemClock, type Clock, type Logger } from './ports';

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
  logger?: Logger;
};

export type HostCore = {
  dataDir: string;
  dispatch: Dispatch;
  events: Pick<EventBus, 'subscribe'>;
  close(): void;
};

export const DATABASE_FILE = 'drillbook.sqlite';
const BIN_KEEP_MS = 24 * 3600_000;

export function openHostCore(options: HostCoreOptions): HostCore {
  const logger = options.logger ?? createConsoleLogger();
  const clock = options.clock ?? systemClock;
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  let db: Db;
  try {
    db = openDatabase(path.join(dataDir, DATABASE_FILE));
  } catch (error) {
    lock.release();
    throw error;
  }
  const bus = createEventBus();
  const library = createLibraryService({ db, clock, logger });
  // Bin entries older than a day are gone for good; until then "delete" can be undone.
  library.purgeDeleted(new Date(clock.now().getTime() - BIN_KEEP_MS));
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
  // Reading a spreadsheet runs in the parse worker; the rest of the MSEL service is as it was.
  const msel: MselService = { ...createMselService(library), read: parsers.readSpreadsheet };
  const handlers = createHandlers({ library, templates, attachments, exchange, msel, appVersion }, bus);
  const dispatch = createDispatcher(handlers, logger);
  let closed = false;
  return {
    dataDir,
    dispatch,
    events: { subscribe: bus.subscribe },
    close() {
      if (closed) return;
      closed = true;
      void ownPool?.close();
      db.close();
      lock.release();
    },
  };
}
