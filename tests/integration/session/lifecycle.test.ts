import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import { createTranslator } from '../../../shared/i18n/translator';
import { LOCALES } from '../../../shared/i18n/locales';
import { testCore } from '../../support/core';
import { createVirtualTime } from '../../support/virtualTime';
import { call, command, eventsOf, refusal, SIX_INJECTS, startSession } from './support';

const cores: HostCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function open() {
  const time = createVirtualTime();
  const { core } = testCore(undefined, { monotonic: time, timers: time });
  cores.push(core);
  return { core, time };
}

describe('session lifecycle', () => {
  it('freezes the exercise at start: later edits change only the next run', async () => {
    const { core } = open();
    const { exerciseId, sessionId, created } = await startSession(core);
    expect(created.view).toMatchObject({ status: 'lobby', title: 'Port fire', rehearsal: false });
    expect(created.view.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(created.view.teams.map((t) => t.id)).toEqual(['A', 'B']);

    const exercise = await call(core, 'library.get', { id: exerciseId });
    await call(core, 'library.update', {
      id: exerciseId,
      baseRevision: exercise.revision,
      content: { ...SIX_INJECTS, title: 'Port fire, revised' },
    });
    expect((await call(core, 'session.get', { sessionId })).view.exercise.title).toBe('Port fire');

    // "Run again": a new session from the exercise as it is now; the first is untouched.
    const again = await startSession(core, { exerciseId });
    expect(again.sessionId).not.toBe(sessionId);
    expect(again.created.view.title).toBe('Port fire, revised');
    expect(again.created.view.joinCode).not.toBe(created.view.joinCode);
    expect((await call(core, 'session.get', { sessionId })).view.title).toBe('Port fire');
  });

  it('lists an exercise’s sessions, leaving rehearsals out unless asked', async () => {
    const { core } = open();
    const real = await startSession(core);
    const rehearsal = await startSession(core, { exerciseId: real.exerciseId, rehearsal: true });
    const other = await startSession(core);
    await command(core, real.sessionId, { type: 'start' });
    await command(core, real.sessionId, { type: 'end' });

    const plain = await call(core, 'session.list', { exerciseId: real.exerciseId, includeRehearsals: false });
    expect(plain.items.map((s) => s.sessionId)).toEqual([real.sessionId]);
    expect(plain.items[0]).toMatchObject({ status: 'ended', rehearsal: false, title: 'Port fire' });
    expect(plain.items[0]!.endedAt).not.toBeNull();
    const all = await call(core, 'session.list', { exerciseId: real.exerciseId, includeRehearsals: true });
    expect(all.items.map((s) => s.sessionId).sort()).toEqual([real.sessionId, rehearsal.sessionId].sort());
    expect(all.items.find((s) => s.sessionId === rehearsal.sessionId)).toMatchObject({
      rehearsal: true,
      status: 'lobby',
    });
    const everything = await call(core, 'session.list', { includeRehearsals: true });
    expect(everything.items.map((s) => s.sessionId)).toContain(other.sessionId);
  });

  it('a refused command writes nothing and comes back as a translated error', async () => {
    const { core } = open();
    const { sessionId } = await startSession(core);
    const before = await eventsOf(core, sessionId);
    const notStarted = await refusal(core, 'session.command', { sessionId, command: { type: 'pause' } });
    expect(notStarted).toMatchObject({ code: 'conflict', messageKey: 'session.errors.clock_not_started' });
    await command(core, sessionId, { type: 'start' });
    const unknown = await refusal(core, 'session.command', { sessionId, command: { type: 'release', injectId: 'zz' } });
    expect(unknown).toMatchObject({ code: 'not_found', messageKey: 'session.errors.unknown_inject' });
    const stranger = await refusal(core, 'session.command', {
      sessionId,
      command: { type: 'pause' },
      staffId: 'intruder',
    });
    expect(stranger).toMatchObject({ code: 'forbidden', messageKey: 'session.errors.actor_not_allowed' });
    const after = await eventsOf(core, sessionId);
    expect(after.length).toBe(before.length + 1); // only the start
    for (const error of [notStarted, unknown, stranger]) {
      for (const locale of LOCALES) expect(createTranslator(locale)(error.messageKey)).not.toBe(error.messageKey);
    }
  });

  it('refuses a session with a team the exercise does not have, and writes nothing', async () => {
    const { core } = open();
    const { exerciseId } = await startSession(core);
    const error = await refusal(core, 'session.create', {
      exerciseId,
      teamIds: ['A', 'Z'],
      staff: [{ id: 'fac', name: 'F', role: 'facilitator' }],
    });
    expect(error.messageKey).toBe('session.errors.unknown_team');
    expect((await call(core, 'session.list', { exerciseId, includeRehearsals: true })).items).toHaveLength(1);
  });

  it('a finished session opens read-only: commands are refused, translated', async () => {
    const { core } = open();
    const { sessionId } = await startSession(core);
    await command(core, sessionId, { type: 'start' });
    const ended = await command(core, sessionId, { type: 'abort', reason: 'Real alarm in the building' });
    expect(ended.view.status).toBe('aborted');
    for (const cmd of [{ type: 'resume' }, { type: 'release', injectId: 'm1' }, { type: 'end' }] as const) {
      const error = await refusal(core, 'session.command', { sessionId, command: cmd });
      expect(error).toMatchObject({ code: 'conflict', messageKey: 'session.errors.finished' });
    }
    expect((await call(core, 'session.get', { sessionId })).seq).toBe(ended.seq);
  });

  it('publishes session.changed with the new seq after each append', async () => {
    const { core } = open();
    const seen: unknown[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'session.changed') seen.push(payload);
    });
    const { sessionId } = await startSession(core);
    await command(core, sessionId, { type: 'start' });
    await command(core, sessionId, { type: 'jump', toMs: 61_000 }); // the jump and a1's release: one append
    await refusal(core, 'session.command', { sessionId, command: { type: 'start' } });
    expect(seen).toEqual([
      { sessionId, seq: 1 },
      { sessionId, seq: 2 },
      { sessionId, seq: 4 },
    ]);
    const page = await call(core, 'session.events', { sessionId, afterSeq: 2, limit: 1 });
    expect(page.events.map((e) => [e.seq, e.type])).toEqual([[3, 'clock_jumped']]);
    expect(page.lastSeq).toBe(4);
  });

  it('an unknown session is not found', async () => {
    const { core } = open();
    const error = await refusal(core, 'session.get', { sessionId: '00000000-0000-4000-8000-000000000000' });
    expect(error).toMatchObject({ code: 'not_found', messageKey: 'session.errors.not_created' });
  });
});
