// Guests through the dispatcher: joining with the code, waiting, being admitted, acting
// for the team the principal names, coming back with the secret after a host restart.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import type { Caller } from '../../../electron/host/dispatcher';
import { JOIN_ATTEMPTS_MAX, PARTICIPANTS_MAX } from '../../../shared/api/limits';
import { testCore } from '../../support/core';
import { tempDir } from '../../support/temp';
import { createVirtualTime } from '../../support/virtualTime';
import Database from 'better-sqlite3';
import path from 'node:path';
import { DATABASE_FILE } from '../../../electron/host/core';
import { command, eventsOf, startSession, guestConnection } from './support';
import { facilitator } from '../../support/core';

const cores: HostCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function open(dataDir = tempDir(), joinWrongCodeDelayMs = 0) {
  const time = createVirtualTime();
  const { core } = testCore(dataDir, { monotonic: time, timers: time, joinWrongCodeDelayMs });
  cores.push(core);
  return core;
}

async function joinedGuest(core: HostCore, joinCode: string, name = 'Lan') {
  const guest = guestConnection(core);
  const joined = await guest.call('session.join', { joinCode, name, requestedTeamId: 'A' });
  if (!joined.ok) throw new Error(joined.error.messageKey);
  return { guest, ...(joined.value as { secret: string; principal: { participantId: string } }) };
}

describe('guests', () => {
  it('a joiner and their secret are written together: when the secret cannot be, nobody is left waiting', async () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const { sessionId, created } = await startSession(core);
    // The disk refuses the secret (a trigger, from a second connection to the same file).
    const other = new Database(path.join(dataDir, DATABASE_FILE));
    other.exec(
      `CREATE TRIGGER refuse_secret BEFORE INSERT ON guest_secrets BEGIN SELECT RAISE(ABORT, 'disk says no'); END`,
    );
    const before = await eventsOf(core, sessionId);
    const refused = await guestConnection(core).call('session.join', {
      joinCode: created.view.joinCode,
      name: 'Lan',
      requestedTeamId: 'A',
    });
    expect(refused.ok).toBe(false);
    expect(await eventsOf(core, sessionId)).toEqual(before);
    const view = await core.dispatch('session.get', { sessionId }, facilitator);
    expect(view.ok && (view.value as { view: { participants: unknown[] } }).view.participants).toEqual([]);

    other.exec('DROP TRIGGER refuse_secret');
    other.close();
    const { principal } = await joinedGuest(core, created.view.joinCode);
    expect(principal).toMatchObject({ kind: 'waiting', sessionId });
    expect((await eventsOf(core, sessionId)).filter((e) => e.type === 'participant_joined')).toHaveLength(1);
  });

  it('join with the code, wait, are admitted, and act only for the team of their principal', async () => {
    const core = open();
    const { sessionId, created } = await startSession(core);
    const { guest, secret, principal } = await joinedGuest(core, created.view.joinCode.toLowerCase());
    expect(secret.length).toBeGreaterThanOrEqual(40);
    expect(principal).toMatchObject({ kind: 'waiting', sessionId });

    const waiting = await guest.call('session.myView', { sessionId });
    expect(waiting).toMatchObject({ ok: true, value: { kind: 'waiting', name: 'Lan', requestedTeamId: 'A' } });
    // Waiting: no team actions yet.
    const early = await guest.call('session.participantCommand', {
      sessionId,
      command: { type: 'message', messageId: 'm1', text: 'Hello' },
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await command(core, sessionId, { type: 'admitParticipant', participantId: principal.participantId, teamId: 'B' });
    expect(guest.principal()).toMatchObject({ kind: 'participant', teamId: 'B' });
    const sent = await guest.call('session.participantCommand', {
      sessionId,
      command: { type: 'message', messageId: 'm1', text: 'Hello' },
    });
    expect(sent.ok).toBe(true);
    const view = await guest.call('session.myView', { sessionId });
    expect(view).toMatchObject({ ok: true, value: { kind: 'team', view: { team: { id: 'B' } } } });
    const staffView = await core.dispatch(
      'session.get',
      { sessionId },
      { principal: { kind: 'staff', staffId: 'x' }, transport: 'test' },
    );
    expect(staffView.ok && (staffView.value as { view: { messages: { teamId: string }[] } }).view.messages).toEqual([
      expect.objectContaining({ teamId: 'B', text: 'Hello' }),
    ]);

    // Another session's id in the input is refused, whatever the handler would do with it.
    const other = await startSession(core);
    const foreign = await guest.call('session.myView', { sessionId: other.sessionId });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('the principal follows the role: waiting, controller (as the staff member it became), team member, removed', async () => {
    const core = open();
    const { sessionId, created } = await startSession(core);
    const guest = guestConnection(core);
    const joined = await guest.call('session.join', {
      joinCode: created.view.joinCode,
      name: 'Hùng',
      requestedRole: 'controller',
    });
    if (!joined.ok) throw new Error(joined.error.messageKey);
    const { participantId } = (joined.value as { principal: { participantId: string } }).principal;
    expect(guest.principal()).toEqual({ kind: 'waiting', sessionId, participantId });
    await command(core, sessionId, { type: 'admitParticipant', participantId, role: 'controller' });
    expect(guest.principal()).toEqual({ kind: 'controller', sessionId, staffId: participantId });
    await command(core, sessionId, { type: 'moveParticipant', participantId, teamId: 'B' });
    expect(guest.principal()).toEqual({ kind: 'participant', sessionId, participantId, teamId: 'B' });
    await command(core, sessionId, { type: 'removeParticipant', participantId });
    expect(() => guest.principal()).toThrow(expect.objectContaining({ messageKey: 'session.errors.removed' }));
  });

  it('a wrong code, an ended session and a removal each have their own message', async () => {
    const core = open();
    const { sessionId, created } = await startSession(core);
    const wrong = await guestConnection(core).call('session.join', { joinCode: 'ZZZZZZ', name: 'Lan' });
    expect(wrong).toMatchObject({ ok: false, error: { messageKey: 'session.errors.joinCodeWrong' } });

    const { secret, principal } = await joinedGuest(core, created.view.joinCode);
    await command(core, sessionId, { type: 'removeParticipant', participantId: principal.participantId });
    const back = await guestConnection(core).call('session.resume', { secret });
    expect(back).toMatchObject({ ok: false, error: { messageKey: 'session.errors.removed' } });
    const unknown = await guestConnection(core).call('session.resume', { secret: 'x'.repeat(43) });
    expect(unknown).toMatchObject({ ok: false, error: { messageKey: 'session.errors.secretUnknown' } });

    await command(core, sessionId, { type: 'end' });
    const late = await guestConnection(core).call('session.join', { joinCode: created.view.joinCode, name: 'Mai' });
    // An ended session's code opens nothing any more: to a guest, it is a wrong code.
    expect(late).toMatchObject({ ok: false, error: { messageKey: 'session.errors.joinCodeWrong' } });
  });

  it('a participant comes back after a host restart as the same person in the same team, with no new code', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    const { sessionId, created } = await startSession(first);
    const { secret, principal } = await joinedGuest(first, created.view.joinCode);
    await command(first, sessionId, { type: 'admitParticipant', participantId: principal.participantId, teamId: 'A' });
    first.close();

    const again = open(dataDir);
    const guest = guestConnection(again);
    const resumed = await guest.call('session.resume', { secret });
    expect(resumed).toEqual({
      ok: true,
      value: { principal: { kind: 'participant', sessionId, participantId: principal.participantId, teamId: 'A' } },
    });
    expect(guest.principal()).toMatchObject({ kind: 'participant', teamId: 'A' });
  });

  it(`refuses the ${JOIN_ATTEMPTS_MAX + 1}th join attempt from one address, but not another address's`, async () => {
    const core = open();
    const { created } = await startSession(core);
    for (let i = 0; i < JOIN_ATTEMPTS_MAX; i++) {
      const wrong = await guestConnection(core, '10.0.0.9').call('session.join', { joinCode: 'ZZZZZZ', name: 'x' });
      expect(wrong).toMatchObject({ ok: false, error: { messageKey: 'session.errors.joinCodeWrong' } });
    }
    const blocked = await guestConnection(core, '10.0.0.9').call('session.join', {
      joinCode: created.view.joinCode,
      name: 'x',
    });
    expect(blocked).toMatchObject({
      ok: false,
      error: { messageKey: 'session.errors.tooManyJoinAttempts', details: { max: JOIN_ATTEMPTS_MAX } },
    });
    const elsewhere = await guestConnection(core, '10.0.0.10').call('session.join', {
      joinCode: created.view.joinCode,
      name: 'y',
    });
    expect(elsewhere.ok).toBe(true);
  });

  it(`refuses a newcomer once ${PARTICIPANTS_MAX} people have joined, naming the limit`, async () => {
    const core = open();
    const { created } = await startSession(core);
    for (let i = 0; i < PARTICIPANTS_MAX; i++) {
      const joined = await guestConnection(core, `10.1.${i >> 8}.${i & 255}`).call('session.join', {
        joinCode: created.view.joinCode,
        name: `P${i}`,
      });
      expect(joined.ok).toBe(true);
    }
    const full = await guestConnection(core, '10.2.0.1').call('session.join', {
      joinCode: created.view.joinCode,
      name: 'One too many',
    });
    expect(full).toMatchObject({
      ok: false,
      error: { messageKey: 'session.errors.sessionFull', details: { max: PARTICIPANTS_MAX } },
    });
  });

  it('answers a wrong code only after the delay', async () => {
    const core = open(tempDir(), 200);
    await startSession(core);
    const started = performance.now();
    const wrong = await guestConnection(core).call('session.join', { joinCode: 'ZZZZZZ', name: 'x' });
    expect(wrong.ok).toBe(false);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('a projector link shows the room view to a projector only', async () => {
    const core = open();
    const { sessionId } = await startSession(core);
    const staff: Caller = { principal: { kind: 'staff', staffId: 'fac' }, transport: 'test' };
    const link = await core.dispatch('session.projectorLink', { sessionId }, staff);
    if (!link.ok) throw new Error('no link');
    const screen = guestConnection(core);
    await screen.call('session.resume', link.value);
    expect(screen.principal()).toEqual({ kind: 'projector', sessionId });
    expect(await screen.call('session.projectorView', { sessionId })).toMatchObject({
      ok: true,
      value: { view: { sessionId } },
    });
    expect(await screen.call('session.get', { sessionId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
