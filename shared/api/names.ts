// The contract's method and event names alone, without zod or the model: what the
// sandboxed preload needs to refuse anything outside the contract, at a fraction of
// the size. contract.ts checks at compile time that these lists match its own.
export const METHOD_NAME_LIST = [
  'app.info',
  'app.setLocale',
  'library.list',
  'library.get',
  'library.create',
  'library.update',
  'library.duplicate',
  'library.setArchived',
  'library.delete',
  'library.restore',
  'library.tags',
  'templates.list',
  'templates.instantiate',
  'attachments.put',
  'attachments.get',
  'exchange.export',
  'exchange.preview',
  'exchange.import',
  'msel.read',
  'msel.preview',
  'msel.import',
  'msel.export',
  'session.create',
  'session.list',
  'session.get',
  'session.command',
  'session.events',
  'session.joinInfo',
  'session.join',
  'session.resume',
  'session.myView',
  'session.participantCommand',
  'session.attachment',
  'session.projectorLink',
  'session.projectorView',
  'lan.status',
  'lan.open',
  'lan.close',
  'session.teamPreview',
  'session.presence',
  'events.subscribe',
] as const;

export const EVENT_NAME_LIST = ['library.changed', 'session.changed', 'lan.changed', 'session.presence'] as const;

const methodSet: ReadonlySet<string> = new Set(METHOD_NAME_LIST);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAME_LIST);

export function isMethodName(name: unknown): name is (typeof METHOD_NAME_LIST)[number] {
  return typeof name === 'string' && methodSet.has(name);
}
export function isEventName(name: unknown): name is (typeof EVENT_NAME_LIST)[number] {
  return typeof name === 'string' && eventSet.has(name);
}
