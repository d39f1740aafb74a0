// The console's side of guests, over the real WebSocket: staff see who waits and who is
// connected (guests never do), admit, move and remove; an evaluator follows the console
// and can change nothing; the projector is sent public injects only; staff preview the
// exact view a team gets.
import { afterEach, describe, expect, it } from 'vitest';
import type { Presence } from '../../../shared/api/contract';
import type { Principal } from '../../../shared/api/principal';
import type { ProjectorView, StaffView, TeamView } from '../../../shared/session/views';
import { serveCore } from '../../support/hostServer';
import { testCore } from '../../support/core';
import { tempDir } from '../../support/temp';
import { connect, connectGuest, type Frame } from '../../support/wsClient';

const TOKEN = 'staff-token-for-tests';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

const inject = (id: string, title: string, extra: Record<string, unknown>) => ({
  id,
  number: id,
  offsetSec: 60,
  release: 'manual',
  channel: 'phone',
  title,
  body: `${title} body`,
  ...extra,
});

async function setUp() {
  const { core } = testCore(tempDir(), { joinWrongCodeDelayMs: 0 });
  const { server, close } = await serveCore(core, TOKEN);
  cleanup.push(...close);
  const staff = await connect(server.port, TOKEN);
  cleanup.push(() => staff.ws.terminate());
  const exercise = await staff.value<{ id: string }>('library.create', {
    title: 'Harbour',
    teams: [
      { id: 'A', name: 'Police', colour: '#336699' },
      { id: 'B', name: 'Fire', colour: '#993333' },
    ],
    injects: [
      inject('pub', 'PUBLIC-SIREN', { audience: 'all' }),
      inject('priv', 'TEAM-ONLY-CALL', { recipientTeamIds: ['A'], controllerNotes: 'SECRET-NOTES' }),
    ],
  });
  const created = await staff.value<{ view: StaffView }>('session.create', {
    exerciseId: exercise.id,
    teamIds: ['A', 'B'],
    staff: [{ id: 'fac', name: 'F', role: 'facilitator' }],
  });
  const { sessionId, joinCode } = created.view;
  await staff.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
  const command = (cmd: unknown) => staff.value<{ view: StaffView }>('session.command', { sessionId, command: cmd });
  const guest = async () => {
    const socket = await connectGuest(server.port);
    cleanup.push(() => socket.ws.terminate());
    return socket;
  };
  /** The next presence pushed to staff that `accept` is happy with. */
  const presenceWhere = async (accept: (p: Presence) => boolean) => {
    const frame = await staff.next(
      (f) =>
        f.type === 'event' && f.name === 'session.presence' && accept((f.payload as { presence: Presence }).presence),
    );
    return (frame.payload as { presence: Presence }).presence;
  };
  return { server, staff, sessionId, joinCode, command, guest, presenceWhere };
}

const isPresence = (f: Frame) => f.type === 'event' && f.name === 'session.presence';

describe('participants in the console', () => {
  it('a guest waits, is seen present, is admitted, moved and removed, and is told it was removed', async () => {
    const { staff, sessionId, joinCode, command, guest, presenceWhere } = await setUp();
    const lan = await guest();
    const joined = await lan.value<{ secret: string; principal: Principal & { participantId: string } }>(
      'session.join',
      { joinCode, name: 'Lan', requestedTeamId: 'A' },
    );
    const id = joined.principal.participantId;
    await lan.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });

    // Staff see the person waiting, with the team and role asked for, and connected.
    expect(await presenceWhere((p) => p.people[id] === 1)).toEqual({ people: { [id]: 1 }, projectors: 0 });
    const waiting = (await staff.value<{ view: StaffView }>('session.get', { sessionId })).view.participants;
    expect(waiting).toEqual([
      expect.objectContaining({ id, name: 'Lan', status: 'waiting', requestedTeamId: 'A', requestedRole: 'team' }),
    ]);

    // Admitted to another team than asked, then moved back: the view follows the principal.
    await command({ type: 'admitParticipant', participantId: id, teamId: 'B' });
    expect(await lan.value<{ view: TeamView }>('session.myView', { sessionId })).toMatchObject({
      kind: 'team',
      view: { team: { id: 'B' } },
    });
    await command({ type: 'moveParticipant', participantId: id, teamId: 'A' });
    expect(await lan.value<{ view: TeamView }>('session.myView', { sessionId })).toMatchObject({
      view: { team: { id: 'A' } },
    });
    expect(await staff.value<Presence>('session.presence', { sessionId })).toEqual({
      people: { [id]: 1 },
      projectors: 0,
    });

    // Removed: the live connection may do nothing more, and resuming says why, translated.
    await command({ type: 'removeParticipant', participantId: id });
    expect(await lan.call('session.myView', { sessionId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await staff.value<Presence>('session.presence', { sessionId })).toEqual({ people: {}, projectors: 0 });
    const again = await guest();
    expect(await again.call('session.resume', { secret: joined.secret })).toMatchObject({
      ok: false,
      error: { messageKey: 'session.errors.removed' },
    });

    // Presence is for staff: the guest was never sent anyone's.
    expect(lan.frames.some(isPresence)).toBe(false);
    expect(lan.frames.every((f) => f.type !== 'event' || f.name === 'session.changed')).toBe(true);
  });

  it('a closed connection leaves the presence at once', async () => {
    const { joinCode, guest, presenceWhere } = await setUp();
    const lan = await guest();
    const { principal } = await lan.value<{ principal: { participantId: string } }>('session.join', {
      joinCode,
      name: 'Lan',
    });
    await presenceWhere((p) => p.people[principal.participantId] === 1);
    lan.ws.close();
    expect(await presenceWhere((p) => !(principal.participantId in p.people))).toEqual({ people: {}, projectors: 0 });
  });

  it('an evaluator admitted as such follows the console and may change nothing', async () => {
    const { staff, sessionId, joinCode, command, guest } = await setUp();
    const mai = await guest();
    const { principal } = await mai.value<{ principal: { participantId: string } }>('session.join', {
      joinCode,
      name: 'Mai',
      requestedRole: 'evaluator',
    });
    const id = principal.participantId;
    expect((await staff.value<{ view: StaffView }>('session.get', { sessionId })).view.participants).toEqual([
      expect.objectContaining({ id, requestedRole: 'evaluator', status: 'waiting' }),
    ]);
    await command({ type: 'admitParticipant', participantId: id, role: 'evaluator' });
    expect(await mai.value('app.info')).toMatchObject({ principal: 'evaluator' });

    await command({ type: 'start' });
    await command({ type: 'release', injectId: 'priv' });
    const console = await mai.value<{ view: StaffView }>('session.get', { sessionId });
    expect(console.view.injects.find((si) => si.inject.id === 'priv')?.status).toBe('released');
    expect(console.view.board.length).toBeGreaterThan(0);
    for (const [method, input] of [
      ['session.command', { sessionId, command: { type: 'pause' } }],
      ['session.participantCommand', { sessionId, command: { type: 'seen', injectId: 'priv' } }],
      ['session.presence', { sessionId }],
      ['session.teamPreview', { sessionId, teamId: 'A' }],
      ['session.projectorLink', { sessionId }],
      ['library.list', {}],
    ] as const) {
      expect(await mai.call(method, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await staff.value<Presence>('session.presence', { sessionId })).toEqual({
      people: { [id]: 1 },
      projectors: 0,
    });
  });

  it('the projector is sent public injects only; staff preview exactly what a team sees', async () => {
    const { staff, sessionId, joinCode, command, guest, presenceWhere } = await setUp();
    const { secret } = await staff.value<{ secret: string }>('session.projectorLink', { sessionId });
    const projector = await guest();
    await projector.value('session.resume', { secret });
    await projector.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
    await presenceWhere((p) => p.projectors === 1);

    const lan = await guest();
    const { principal } = await lan.value<{ principal: { participantId: string } }>('session.join', {
      joinCode,
      name: 'Lan',
      requestedTeamId: 'A',
    });
    await command({ type: 'admitParticipant', participantId: principal.participantId, teamId: 'A' });
    await command({ type: 'start' });
    await command({ type: 'pause' });
    await command({ type: 'release', injectId: 'pub' });
    await command({ type: 'release', injectId: 'priv' });

    const shown = await projector.value<{ view: ProjectorView }>('session.projectorView', { sessionId });
    expect(shown.view.injects.map((i) => i.title)).toEqual(['PUBLIC-SIREN']);
    const everything = JSON.stringify(projector.frames);
    expect(everything).not.toContain('TEAM-ONLY-CALL');
    expect(everything).not.toContain('SECRET-NOTES');

    // The preview is the team's own view, field for field (the clock is paused, so equal).
    const preview = await staff.value<{ seq: number; view: TeamView }>('session.teamPreview', {
      sessionId,
      teamId: 'A',
    });
    const own = await lan.value<{ seq: number; view: TeamView }>('session.myView', { sessionId });
    expect(preview.view).toEqual(own.view);
    expect(preview.view.injects.map((i) => i.title)).toEqual(['PUBLIC-SIREN', 'TEAM-ONLY-CALL']);
    const forB = await staff.value<{ view: TeamView }>('session.teamPreview', { sessionId, teamId: 'B' });
    expect(forB.view.injects.map((i) => i.title)).toEqual(['PUBLIC-SIREN']);
    expect(await staff.call('session.teamPreview', { sessionId, teamId: 'Z' })).toMatchObject({
      ok: false,
      error: { messageKey: 'session.errors.unknown_team' },
    });
  });
});
