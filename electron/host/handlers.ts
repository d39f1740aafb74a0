// Maps each contract method to the service that does the work. No logic lives here
// beyond picking the service and publishing what changed.
import type { Handlers } from './dispatcher';
import type { EventBus } from './events';
import type { LibraryService } from '../services/library/libraryService';
import type { TemplateService } from '../services/templates/templateService';
import type { AttachmentStore } from '../services/attachments/attachmentStore';
import type { ExchangeService } from '../services/exchange/exchangeService';
import type { MselService } from '../services/spreadsheet/mselService';
import type { SessionService } from '../services/session/sessionService';
import { createTranslator } from '../../shared/i18n/translator';
import type { StartupNotice } from '../../shared/api/contract';

export type Services = {
  library: LibraryService;
  templates: TemplateService;
  attachments: AttachmentStore;
  exchange: ExchangeService;
  msel: MselService;
  sessions: SessionService;
  appVersion: string;
  notices: readonly StartupNotice[];
};

const fromBase64 = (text: string) => Buffer.from(text, 'base64');

export function createHandlers(services: Services, bus: EventBus): Handlers {
  const { library, templates, attachments, exchange, msel, sessions, appVersion, notices } = services;
  /** Runs a library write and tells every open screen which exercise changed. */
  const changed = <T extends { id: string }>(result: T): T => {
    bus.publish('library.changed', { id: result.id });
    return result;
  };
  return {
    'app.info': (_input, caller) => ({
      version: appVersion,
      principal: caller.principal.kind,
      // Start-up notices name the data folder: for those who look after the library.
      notices: caller.principal.kind === 'staff' ? [...notices] : [],
    }),
    'app.setLocale': ({ locale }) => ({ locale }),
    'library.list': (input) => library.list(input),
    'library.get': ({ id }) => library.get(id),
    'library.create': (input) => changed(library.create(input)),
    'library.update': ({ id, baseRevision, content }) => changed(library.update(id, baseRevision, content)),
    'library.duplicate': ({ id, title }) => changed(library.duplicate(id, title)),
    'library.setArchived': ({ id, archived }) => changed(library.setArchived(id, archived)),
    'library.delete': ({ id }) => {
      library.remove(id);
      return changed({ id });
    },
    'library.restore': ({ id }) => changed(library.restore(id)),
    'library.tags': () => ({ tags: library.tags() }),
    'templates.list': () => ({ templates: templates.list() }),
    'templates.instantiate': ({ key, locale }) => changed(library.create(templates.content(key, locale))),
    'attachments.put': ({ name, mime, base64 }) => {
      const { id, size } = attachments.put(fromBase64(base64), mime);
      return { id, name, mime, size };
    },
    'attachments.get': ({ id }) => {
      const stored = attachments.get(id);
      return { id, mime: stored.mime, base64: stored.bytes.toString('base64') };
    },
    'exchange.export': async ({ ids }) => {
      const { fileName, bytes } = await exchange.exportDrill(ids);
      return { fileName, base64: bytes.toString('base64') };
    },
    'exchange.preview': async ({ base64 }) => {
      const { manifest, exercises } = await exchange.preview(fromBase64(base64));
      return {
        formatVersion: manifest.formatVersion,
        appVersion: manifest.appVersion,
        createdAt: manifest.createdAt,
        exercises,
      };
    },
    'exchange.import': async ({ base64, choices, locale }) => {
      const t = createTranslator(locale);
      const imported = await exchange.importDrill(fromBase64(base64), choices, (title) =>
        t('library.copyTitle', { title }),
      );
      bus.publish('library.changed', { id: null });
      return { imported: imported.map((e) => ({ id: e.id, title: e.title })) };
    },
    'msel.read': ({ fileName, base64, encoding }) => msel.read(fileName, fromBase64(base64), encoding),
    'msel.preview': ({ id, ...rows }) => msel.preview(library.get(id), rows),
    'msel.import': ({ id, baseRevision, ...rows }) => {
      const result = msel.importInto(id, baseRevision, rows);
      changed(result.exercise);
      return result;
    },
    'msel.export': async ({ id, format, locale }) => {
      const { fileName, bytes } = await msel.exportMsel(id, format, locale);
      return { fileName, base64: bytes.toString('base64') };
    },
    // Sessions publish `session.changed` themselves, after each append is on disk.
    'session.create': ({ exerciseId, ...input }) => sessions.create(library.get(exerciseId), input),
    'session.list': ({ exerciseId, includeRehearsals }) => ({
      items: sessions.list(exerciseId, includeRehearsals).map(({ id, ...row }) => ({ sessionId: id, ...row })),
    }),
    'session.get': ({ sessionId }) => sessions.get(sessionId),
    'session.command': ({ sessionId, command, staffId }) => sessions.command(sessionId, command, staffId),
    'session.events': ({ sessionId, afterSeq, limit }) => sessions.events(sessionId, afterSeq, limit),
  };
}
