// The join page's calls and a participant's rights, through the dispatcher: what a code
// shows before joining, the role asked for, attachments only of injects released to the
// caller's team, and a device sending the same message or response twice.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import { JOIN_ATTEMPTS_MAX, PARTICIPANTS_MAX } from '../../../shared/api/limits';
import { testCore } from '../../support/core';
import { tempDir } from '../../support/temp';
import { createVirtualTime } from '../../support/virtualTime';
import { call, command, SIX_INJECTS, startSession, guestConnection } from './support';

const cores: HostCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function open(joinWrongCodeDelayMs = 0) {
  const time = createVirtualTime();
  const { core } = testCore(tempDir(), { monotonic: time, timers: time, joinWrongCodeDelayMs });
  cores.push(core);
  return core;
}

/** A guest admitted into team `teamId`. */
async function admitted(core: HostCore, sessionId: string, joinCode: string, teamId: string, address: string) {
  const guest = guestConnection(core, address);
  const joined = await guest.call('session.join', { joinCode, name: `In ${teamId}`, requestedTeamId: teamId });
  if (!joined.ok) throw new Error(joined.error.messageKey);
  const { participantId } = (joined.value as { principal: { participantId: string } }).principal;
  await command(core, sessionId, { type: 'admitParticipant', participantId, teamId });
  return guest;
}

describe('session.joinInfo', () => {
  it("shows the session's title and its teams, and nothing else", async () => {
    const core = open();
    const { sessionId, created } = await startSession(core);
    const info = await guestConnection(core).call('session.joinInfo', {
      joinCode: created.view.joinCode.toLowerCase(),
    });
    expect(info).toEqual({
      ok: true,
      value: {
        sessionId,
        title: 'Port fire',
        status: 'lobby',
        teams: [
          { id: 'A', name: 'Police', agency: '', colour: '#336699' },
          { id: 'B', name: 'Fire', agency: '', colour: '#336699' },
        ],
      },
    });
    // No inject text, no code, no control cell in what a stranger gets.
    const text = JSON.stringify(info);
    for (const secret of ['Smoke at the port', 'Facilitator', created.view.joinCode])
      expect(text).not.toContain(secret);
  });

  it('a wrong code, an ended session and a full session each have their own message', async () => {
    const core = open();
    const wrong = await guestConnection(core).call('session.joinInfo', { joinCode: 'ZZZZZZ' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'not_found', messageKey: 'session.errors.joinCodeWrong' },
    });

    const ended = await startSession(core);
    await command(core, ended.sessionId, { type: 'end' });
    const late = await guestConnection(core).call('session.joinInfo', { joinCode: ended.created.view.joinCode });
    expect(late).toMatchObject({ ok: false, error: { messageKey: 'session.errors.sessionEnded' } });

    const { created } = await startSession(core);
    for (let i = 0; i < PARTICIPANTS_MAX; i++) {
      const joined = await guestConnection(core, `10.1.${i >> 8}.${i & 255}`).call('session.join', {
        joinCode: created.view.joinCode,
        name: `P${i}`,
      });
      expect(joined.ok).toBe(true);
    }
    const full = await guestConnection(core, '10.2.0.1').call('session.joinInfo', {
      joinCode: created.view.joinCode,
    });
    expect(full).toMatchObject({
      ok: false,
      error: { messageKey: 'session.errors.sessionFull', details: { max: PARTICIPANTS_MAX } },
    });
  });

  it('counts against the same per-address limit as joining, and a wrong code waits', async () => {
    const core = open(150);
    const { created } = await startSession(core);
    const started = performance.now();
    const wrong = await guestConnection(core, '10.0.0.9').call('session.joinInfo', { joinCode: 'ZZZZZZ' });
    expect(wrong.ok).toBe(false);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    for (let i = 1; i < JOIN_ATTEMPTS_MAX; i++) {
      expect((await guestConnection(core, '10.0.0.9').call('session.joinInfo', created.view)).ok).toBe(true);
    }
    const blocked = await guestConnection(core, '10.0.0.9').call('session.join', {
      joinCode: created.view.joinCode,
      name: 'x',
    });
    expect(blocked).toMatchObject({ ok: false, error: { messageKey: 'session.errors.tooManyJoinAttempts' } });
  });
});

describe('the role asked for at join', () => {
  it('is kept in the log and shown in the waiting view; a team member by default', async () => {
    const core = open();
    const { sessionId, created } = await startSession(core);
    const evaluator = guestConnection(core);
    await evaluator.call('session.join', { joinCode: created.view.joinCode, name: 'Eva', requestedRole: 'evaluator' });
    expect(await evaluator.call('session.myView', { sessionId })).toMatchObject({
      ok: true,
      value: { kind: 'waiting', name: 'Eva', requestedRole: 'evaluator', requestedTeamId: null },
    });
    const member = guestConnection(core, '10.0.0.8');
    await member.call('session.join', { joinCode: created.view.joinCode, name: 'Lan', requestedTeamId: 'A' });
    expect(await member.call('session.myView', { sessionId })).toMatchObject({
      ok: true,
      value: { kind: 'waiting', requestedRole: 'team', requestedTeamId: 'A', requestedTeamName: 'Police' },
    });
    const { events } = await call(core, 'session.events', { sessionId });
    expect(events.filter((e) => e.type === 'participant_joined').map((e) => e.requestedRole)).toEqual([
      'evaluator',
      'team',
    ]);
  });
});

describe('session.attachment', () => {
  it("gives an attachment only of an inject already released to the caller's team", async () => {
    const core = open();
    const bytes = (text: string) => Buffer.from(text).toString('base64');
    const map = await call(core, 'attachments.put', { name: 'map.png', mime: 'image/png', base64: bytes('map') });
    const plan = await call(core, 'attachments.put', { name: 'plan.pdf', mime: 'application/pdf', base64: bytes('p') });
    const photo = await call(core, 'attachments.put', { name: 'photo.jpg', mime: 'image/jpeg', base64: bytes('ph') });
    const [a1, a2, m1, ...rest] = SIX_INJECTS.injects!;
    const exercise = await call(core, 'library.create', {
      ...SIX_INJECTS,
      attachments: [map, plan, photo],
      injects: [
        // To everyone: the map as an attachment, the photo as a picture in its text.
        { ...a1!, attachmentIds: [map.id], body: `See ![photo](attachment:${photo.id})` },
        // To A only.
        { ...a2!, attachmentIds: [plan.id] },
        m1!,
        ...rest,
      ],
    });
    const { sessionId, created } = await startSession(core, { exerciseId: exercise.id });
    const teamA = await admitted(core, sessionId, created.view.joinCode, 'A', '10.0.0.1');
    const teamB = await admitted(core, sessionId, created.view.joinCode, 'B', '10.0.0.2');
    const get = (guest: typeof teamA, attachmentId: string) =>
      guest.call('session.attachment', { sessionId, attachmentId });
    const notFound = (id: string) => ({
      ok: false,
      error: { code: 'not_found', messageKey: 'errors.attachmentNotFound', details: { id } },
    });

    // Nothing is released yet: the same answer as an id that does not exist at all.
    expect(await get(teamA, map.id)).toEqual(notFound(map.id));
    expect(await get(teamA, 'f'.repeat(64))).toEqual(notFound('f'.repeat(64)));

    await command(core, sessionId, { type: 'release', injectId: 'a1' });
    await command(core, sessionId, { type: 'release', injectId: 'a2' });
    expect(await get(teamA, map.id)).toEqual({
      ok: true,
      value: { name: 'map.png', mime: 'image/png', base64: bytes('map') },
    });
    expect(await get(teamB, photo.id)).toMatchObject({ ok: true, value: { name: 'photo.jpg', base64: bytes('ph') } });
    expect(await get(teamA, plan.id)).toMatchObject({ ok: true, value: { name: 'plan.pdf' } });
    // The plan went to A only: for B it does not exist.
    expect(await get(teamB, plan.id)).toEqual(notFound(plan.id));

    // A waiting guest, and a participant naming another session, are refused before looking.
    const waiting = guestConnection(core, '10.0.0.3');
    await waiting.call('session.join', { joinCode: created.view.joinCode, name: 'W' });
    expect(await get(waiting, map.id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const other = await startSession(core);
    expect(await teamA.call('session.attachment', { sessionId: other.sessionId, attachmentId: map.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('a device sending again', () => {
  it('records a message or a response once, however often it is sent', async () => {
    const core = open();
    const { sessionId, created } = await startSession(core);
    const teamA = await admitted(core, sessionId, created.view.joinCode, 'A', '10.0.0.1');
    const teamB = await admitted(core, sessionId, created.view.joinCode, 'B', '10.0.0.2');
    await command(core, sessionId, { type: 'release', injectId: 'a1' });
    const act = (guest: typeof teamA, cmd: unknown) =>
      guest.call('session.participantCommand', { sessionId, command: cmd });
    const message = { type: 'message', messageId: 'msg-1', text: 'Need two more engines' };
    const response = { type: 'respond', injectId: 'a1', text: 'On our way', responseId: 'rsp-1' };
    for (let i = 0; i < 3; i++) {
      expect((await act(teamA, message)).ok).toBe(true);
      expect((await act(teamA, response)).ok).toBe(true);
      expect((await act(teamA, { type: 'acknowledge', injectId: 'a1' })).ok).toBe(true);
    }
    const view = await teamA.call('session.myView', { sessionId });
    if (!view.ok) throw new Error('no view');
    const team = (view.value as { view: { messages: unknown[]; injects: { id: string; responses: unknown[] }[] } })
      .view;
    expect(team.messages).toHaveLength(1);
    expect(team.injects.find((i) => i.id === 'a1')?.responses).toEqual([
      expect.objectContaining({ text: 'On our way', id: 'rsp-1' }),
    ]);
    // Another team's message id is not a repeat of its own: refused as taken.
    expect(await act(teamB, message)).toMatchObject({
      ok: false,
      error: { messageKey: 'session.errors.message_id_taken' },
    });
    // Responses without an id (older devices) are each kept, as before.
    await act(teamA, { type: 'respond', injectId: 'a1', text: 'Again' });
    await act(teamA, { type: 'respond', injectId: 'a1', text: 'Again' });
    const after = await teamA.call('session.myView', { sessionId });
    expect(JSON.stringify(after).match(/"Again"/g)).toHaveLength(2);
  });
});
