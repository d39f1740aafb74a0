// Every method × every kind of principal, through the real dispatcher: a kind the method
// does not allow is refused before its input is even read, whatever the input.
import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../electron/host/dispatcher';
import { METHOD_NAMES, type MethodName } from '../../../shared/api/contract';
import { PRINCIPAL_KINDS, type Principal, type PrincipalKind } from '../../../shared/api/principal';
import { testCore } from '../../support/core';

const SESSION = '00000000-0000-4000-8000-0000000000aa';
const OTHER_SESSION = '00000000-0000-4000-8000-0000000000bb';
const PRINCIPALS: Record<PrincipalKind, Principal> = {
  staff: { kind: 'staff', staffId: 'fac' },
  participant: { kind: 'participant', sessionId: SESSION, participantId: 'p1', teamId: 'A' },
  waiting: { kind: 'waiting', sessionId: SESSION, participantId: 'p2' },
  evaluator: { kind: 'evaluator', sessionId: SESSION, evaluatorId: 'e1' },
  controller: { kind: 'controller', sessionId: SESSION, staffId: 'c1' },
  projector: { kind: 'projector', sessionId: SESSION },
  guest: { kind: 'guest' },
};

// Written out by hand, not read from the contract: a change to who may call what must
// show up here as a failing test, and be decided.
const ALL = PRINCIPAL_KINDS;
const STAFF: readonly PrincipalKind[] = ['staff'];
/** The session's control cell: staff, and a controller who joined it (of its own session only). */
const CONTROL: readonly PrincipalKind[] = ['staff', 'controller'];
const ALLOWED: Record<MethodName, readonly PrincipalKind[]> = {
  'app.info': ALL,
  'app.setLocale': ALL,
  'library.list': STAFF,
  'library.get': STAFF,
  'library.create': STAFF,
  'library.update': STAFF,
  'library.duplicate': STAFF,
  'library.setArchived': STAFF,
  'library.delete': STAFF,
  'library.restore': STAFF,
  'library.tags': STAFF,
  'templates.list': STAFF,
  'templates.instantiate': STAFF,
  'attachments.put': STAFF,
  'attachments.get': STAFF,
  'exchange.export': STAFF,
  'exchange.preview': STAFF,
  'exchange.import': STAFF,
  'msel.read': STAFF,
  'msel.preview': STAFF,
  'msel.import': STAFF,
  'msel.export': STAFF,
  'session.create': STAFF,
  'session.list': STAFF,
  // Evaluators follow the console read-only: the view, never a command.
  'session.get': ['staff', 'controller', 'evaluator'],
  'session.command': CONTROL,
  'session.events': CONTROL,
  'session.joinInfo': ['guest'],
  'session.join': ['guest'],
  'session.resume': ['guest', 'waiting', 'participant', 'projector', 'evaluator', 'controller'],
  'session.myView': ['participant', 'waiting'],
  'session.participantCommand': ['participant'],
  'session.attachment': ['participant'],
  'session.projectorLink': STAFF,
  'session.projectorView': ['projector'],
  'lan.status': STAFF,
  'lan.open': STAFF,
  'lan.close': STAFF,
  'session.teamPreview': CONTROL,
  'session.presence': CONTROL,
  'events.subscribe': ['staff', 'participant', 'waiting', 'evaluator', 'controller', 'projector'],
};

const { core } = testCore();
afterAll(() => core.close());
const as = (kind: PrincipalKind): Caller => ({ principal: PRINCIPALS[kind], transport: 'test' });
const refusedForKind = (kind: PrincipalKind, method: string) => ({
  ok: false,
  error: { code: 'forbidden', messageKey: 'errors.forbidden', details: { method, principal: kind } },
});

describe('who may call what', () => {
  it('lists every method of the contract', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...METHOD_NAMES].sort());
  });

  for (const method of METHOD_NAMES) {
    for (const kind of PRINCIPAL_KINDS) {
      const allowed = ALLOWED[method].includes(kind);
      it(`${method} × ${kind}: ${allowed ? 'allowed' : 'forbidden'}`, async () => {
        // An input that would pass for nobody: the kind is checked before it.
        const result = await core.dispatch(method, { sessionId: 'not-a-uuid' }, as(kind));
        if (allowed) expect(result).not.toEqual(refusedForKind(kind, method));
        else expect(result).toEqual(refusedForKind(kind, method));
      });
    }
  }

  it('checks the input against the principal: only its own session, and no library for guests', async () => {
    const subscribe = (kind: PrincipalKind, topic: unknown) =>
      core.dispatch('events.subscribe', { topic, afterSeq: 0 }, as(kind));
    for (const kind of ['participant', 'waiting', 'evaluator', 'controller', 'projector'] as const) {
      expect(await subscribe(kind, 'library')).toEqual(refusedForKind(kind, 'events.subscribe'));
      // Whether the LAN is open, and its addresses, are the control cell's business.
      expect(await subscribe(kind, 'lan')).toEqual(refusedForKind(kind, 'events.subscribe'));
      expect(await subscribe(kind, { session: OTHER_SESSION })).toEqual(refusedForKind(kind, 'events.subscribe'));
      // Its own session passes the check (and then finds no channel on a test caller).
      expect(await subscribe(kind, { session: SESSION })).toMatchObject({
        ok: false,
        error: { messageKey: 'errors.noEventChannel' },
      });
    }
    const foreign = await core.dispatch(
      'session.participantCommand',
      { sessionId: OTHER_SESSION, command: { type: 'seen', injectId: 'i1' } },
      as('participant'),
    );
    expect(foreign).toEqual(refusedForKind('participant', 'session.participantCommand'));
    const view = await core.dispatch('session.projectorView', { sessionId: OTHER_SESSION }, as('projector'));
    expect(view).toEqual(refusedForKind('projector', 'session.projectorView'));
    // An evaluator reads the console of its own session only.
    const console = await core.dispatch('session.get', { sessionId: OTHER_SESSION }, as('evaluator'));
    expect(console).toEqual(refusedForKind('evaluator', 'session.get'));
    const own = await core.dispatch('session.get', { sessionId: SESSION }, as('evaluator'));
    expect(own).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  // A controller of another session: every method a controller may call that names a
  // session, with an input valid in every other way, is refused for SESSION.
  const CONTROLLER_ELSEWHERE: Principal = { kind: 'controller', sessionId: OTHER_SESSION, staffId: 'c9' };
  const NAMING_SESSION: [MethodName, Record<string, unknown>][] = [
    ['session.get', { sessionId: SESSION }],
    ['session.command', { sessionId: SESSION, command: { type: 'start' } }],
    ['session.events', { sessionId: SESSION }],
    ['session.teamPreview', { sessionId: SESSION, teamId: 'A' }],
    ['session.presence', { sessionId: SESSION }],
    ['events.subscribe', { topic: { session: SESSION } }],
  ];
  it('names every method a controller may call with a session in it', () => {
    const controllerMethods = METHOD_NAMES.filter(
      (m) => ALLOWED[m].includes('controller') && !['app.info', 'app.setLocale', 'session.resume'].includes(m),
    );
    expect(NAMING_SESSION.map(([m]) => m).sort()).toEqual(controllerMethods.sort());
  });
  for (const [method, input] of NAMING_SESSION) {
    it(`${method} × controller of another session: forbidden`, async () => {
      const result = await core.dispatch(method, input, { principal: CONTROLLER_ELSEWHERE, transport: 'test' });
      expect(result).toEqual(refusedForKind('controller', method));
    });
  }

  it('lets a controller command its own session, but never end, abort, name another member or make controllers', async () => {
    const command = (cmd: unknown, extra: Record<string, unknown> = {}) =>
      core.dispatch('session.command', { sessionId: SESSION, command: cmd, ...extra }, as('controller'));
    for (const cmd of [
      { type: 'end' },
      { type: 'abort' },
      { type: 'admitParticipant', participantId: 'p2', role: 'controller' },
    ]) {
      expect(await command(cmd)).toEqual(refusedForKind('controller', 'session.command'));
    }
    expect(await command({ type: 'start' }, { staffId: 'fac' })).toEqual(
      refusedForKind('controller', 'session.command'),
    );
    // Allowed through the contract (and then the session is unknown to this empty library).
    expect(await command({ type: 'start' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await command({ type: 'start' }, { staffId: 'c1' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
