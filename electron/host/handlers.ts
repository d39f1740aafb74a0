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
import type { GuestService } from '../services/session/guestService';
import type { JoinLimiter } from './joinLimiter';
import type { PresenceTracker } from './presence';
import { participantDraft } from '../services/session/participantCommands';
import { DomainError } from '../../shared/api/errors';
import type { Principal } from '../../shared/api/principal';
import { createTranslator } from '../../shared/i18n/translator';
import { attachmentForTeam } from '../../shared/session/guestRules';
import { viewForProjector, viewForTeam } from '../../shared/session/visibility';
import type { LanStatus, StartupNotice } from '../../shared/api/contract';
import type { LanPort } from './lanController';

export type Services = {
  library: LibraryService;
  templates: TemplateService;
  attachments: AttachmentStore;
  exchange: ExchangeService;
  msel: MselService;
  sessions: SessionService;
  guests: GuestService;
  joinLimiter: JoinLimiter;
  presence: Pick<PresenceTracker, 'of'>;
  /** How long a wrong join code waits before its answer; tests shorten it. */
  wrongCodeDelay(): Promise<void>;
  nowMs(): number;
  /** The office network's switch, or null where no web transport runs. */
  lan(): LanPort | null;
  appVersion: string;
  notices: readonly StartupNotice[];
};

const fromBase64 = (text: string) => Buffer.from(text, 'base64');

/** Narrows to the principal kind the contract already let through (a bug otherwise). */
function as<K extends Principal['kind']>(principal: Principal, kind: K): Extract<Principal, { kind: K }> {
  if (principal.kind !== kind) throw new DomainError('forbidden', 'errors.forbidden', { principal: principal.kind });
  return principal as Extract<Principal, { kind: K }>;
}

/** Where no web transport runs (tests of the core alone): closed, nothing to show. */
const NO_LAN: LanStatus = { open: false, addresses: [], loopbackUrl: null };

export function createHandlers(services: Services, bus: EventBus): Handlers {
  const { library, templates, attachments, exchange, msel, sessions, guests, appVersion, notices } = services;
  /** Runs a library write and tells every open screen which exercise changed. */
  const changed = <T extends { id: string }>(result: T): T => {
    bus.publish('library.changed', { id: result.id });
    return result;
  };
  const lanPort = () => {
    const port = services.lan();
    if (port === null) throw new DomainError('unavailable', 'lan.errors.noTransport', {});
    return port;
  };
  /** Opens or closes the LAN, then tells every console, whatever came of it. */
  const switchLan = async (change: (port: LanPort) => Promise<LanStatus>) => {
    try {
      return await change(lanPort());
    } finally {
      bus.publish('lan.changed', {});
    }
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
    'attachments.put': ({ name, mime, base64, exerciseId }) => {
      const alongside = exerciseId ? library.get(exerciseId).attachments : undefined;
      const { id, size } = attachments.put(fromBase64(base64), mime, alongside);
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
    // A controller acts as itself, whoever the input names (the contract refuses another name).
    'session.command': ({ sessionId, command, staffId }, caller) =>
      sessions.command(sessionId, command, caller.principal.kind === 'controller' ? caller.principal.staffId : staffId),
    'session.events': ({ sessionId, afterSeq, limit }) => sessions.events(sessionId, afterSeq, limit),
    'session.joinInfo': async ({ joinCode }, caller) => {
      services.joinLimiter.attempt(caller.remoteAddress ?? caller.transport, services.nowMs());
      const info = guests.joinInfo(joinCode);
      if (info === null) {
        await services.wrongCodeDelay();
        throw new DomainError('not_found', 'session.errors.joinCodeWrong', {});
      }
      return info;
    },
    'session.join': async (input, caller) => {
      services.joinLimiter.attempt(caller.remoteAddress ?? caller.transport, services.nowMs());
      const joined = guests.join(input);
      if (joined === null) {
        // Slow, so guessing codes costs time as well as attempts.
        await services.wrongCodeDelay();
        throw new DomainError('not_found', 'session.errors.joinCodeWrong', {});
      }
      caller.bindGuest?.(joined.binding);
      return { secret: joined.secret, principal: guests.principalOf(joined.binding) };
    },
    'session.resume': ({ secret }, caller) => {
      const binding = guests.resume(secret);
      caller.bindGuest?.(binding);
      return { principal: guests.principalOf(binding) };
    },
    'session.myView': (_input, caller) => {
      const principal = caller.principal;
      const { state, mono } = sessions.stateOf(
        principal.kind === 'participant' ? principal.sessionId : as(principal, 'waiting').sessionId,
      );
      if (principal.kind === 'participant')
        return { kind: 'team' as const, seq: state.lastSeq, view: viewForTeam(state, principal.teamId, mono) };
      const person = state.participants[as(principal, 'waiting').participantId];
      return {
        kind: 'waiting' as const,
        seq: state.lastSeq,
        title: state.exercise.title,
        status: state.status,
        name: person?.name ?? '',
        requestedTeamId: person?.requestedTeamId ?? null,
        requestedTeamName: state.teams.find((t) => t.id === person?.requestedTeamId)?.name ?? null,
        requestedRole: person?.requestedRole ?? 'team',
      };
    },
    'session.participantCommand': ({ sessionId, command }, caller) => {
      const p = as(caller.principal, 'participant');
      sessions.participantAct(sessionId, p.participantId, p.teamId, participantDraft(command, p.teamId));
      return { seq: sessions.stateOf(sessionId).state.lastSeq };
    },
    'lan.status': () => services.lan()?.status() ?? NO_LAN,
    'lan.open': () => switchLan((port) => port.open()),
    'lan.close': () => switchLan((port) => port.close()),
    'session.attachment': ({ sessionId, attachmentId }, caller) => {
      const { teamId } = as(caller.principal, 'participant');
      const meta = attachmentForTeam(sessions.stateOf(sessionId).state, teamId, attachmentId);
      // Not released to this team: the very answer an unknown id gets, so nothing is learnt.
      if (meta === null) throw new DomainError('not_found', 'errors.attachmentNotFound', { id: attachmentId });
      const stored = attachments.get(attachmentId);
      return { name: meta.name, mime: stored.mime, base64: stored.bytes.toString('base64') };
    },
    'events.subscribe': ({ topic, afterSeq }, caller) => {
      if (!caller.subscriptions) throw new DomainError('invalid_input', 'errors.noEventChannel', {});
      return caller.subscriptions.subscribe(topic, afterSeq);
    },
    'session.projectorLink': ({ sessionId }) => ({ secret: guests.projectorLink(sessionId) }),
    'session.teamPreview': ({ sessionId, teamId }) => {
      const { state, mono } = sessions.stateOf(sessionId);
      return { seq: state.lastSeq, view: viewForTeam(state, teamId, mono) };
    },
    'session.presence': ({ sessionId }) => {
      sessions.stateOf(sessionId); // refuses an unknown session
      return services.presence.of(sessionId);
    },
    'session.projectorView': ({ sessionId }) => {
      const { state, mono } = sessions.stateOf(sessionId);
      return { seq: state.lastSeq, view: viewForProjector(state, mono) };
    },
  };
}
