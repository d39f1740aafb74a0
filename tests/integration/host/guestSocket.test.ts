// Participants over a real WebSocket: what reaches them (replies and pushed events) holds
// none of the exercise's secrets, a reconnect resumes with no gap and no duplicate, and
// guest connections have a small frame limit.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GUEST_FRAME_BYTES_MAX } from '../../../shared/api/limits';
import { serveCore } from '../../support/hostServer';
import { testCore } from '../../support/core';
import { tempDir } from '../../support/temp';

const TOKEN = 'staff-token-for-tests';
const SECRETS = ['SECRET-NOTES', 'SECRET-EXPECTED', 'SECRET-QUESTION', 'SECRET-OTHER-TEAM', 'SECRET-UNRELEASED'];

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

type Frame = {
  type: string;
  id?: number;
  result?: { ok: boolean; value?: unknown; error?: unknown };
  seq?: number;
  topic?: unknown;
  name?: string;
};

async function socket(port: number, query: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api?${query}`);
  cleanup.push(() => ws.terminate());
  const raw: string[] = [];
  const frames: Frame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    raw.push(String(data));
    frames.push(JSON.parse(String(data)) as Frame);
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const until = (predicate: (f: Frame) => boolean) =>
    new Promise<Frame>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such frame arrived')), 10_000);
      const check = () => {
        const found = frames.find(predicate);
        if (!found) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      waiters.add(check);
      check();
    });
  let nextId = 1;
  const call = async (method: string, input: unknown = {}) => {
    const id = nextId++;
    ws.send(JSON.stringify({ id, method, input }));
    return (await until((f) => f.type === 'reply' && f.id === id)).result!;
  };
  const value = async <T = { seq: number }>(method: string, input: unknown = {}): Promise<T> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const seqs = () => frames.filter((f) => f.type === 'event').map((f) => f.seq!);
  return { ws, raw, frames, call, value, until, seqs, closed };
}

const inject = (id: string, title: string, to: string[], extra: Record<string, unknown> = {}) => ({
  id,
  number: id,
  offsetSec: 60,
  release: 'manual',
  channel: 'phone',
  recipientTeamIds: to,
  title,
  body: `${title} body`,
  ...extra,
});

async function setUp() {
  const { core } = testCore(tempDir(), { joinWrongCodeDelayMs: 0 });
  const { server, close } = await serveCore(core, TOKEN);
  cleanup.push(...close);
  const staff = await socket(server.port, `token=${TOKEN}`);
  const exercise = await staff.value<{ id: string }>('library.create', {
    title: 'Harbour',
    teams: [
      { id: 'A', name: 'Police', colour: '#336699' },
      { id: 'B', name: 'Fire', colour: '#993333' },
    ],
    injects: [
      inject('i1', 'ALPHA-FIRST', ['A'], {
        controllerNotes: 'SECRET-NOTES for the control cell',
        expectedActions: [{ id: 'x1', teamId: 'A', description: 'SECRET-EXPECTED cordon' }],
        discussionQuestions: ['SECRET-QUESTION who leads?'],
      }),
      inject('i2', 'SECRET-OTHER-TEAM hoses', ['B']),
      inject('i3', 'ALPHA-LATER', ['A']),
      inject('i4', 'SECRET-UNRELEASED tanker', ['A']),
    ],
  });
  const created = await staff.value<{ view: { sessionId: string; joinCode: string } }>('session.create', {
    exerciseId: exercise.id,
    teamIds: ['A', 'B'],
    staff: [{ id: 'fac', name: 'F', role: 'facilitator' }],
  });
  const sessionId: string = created.view.sessionId;
  const command = (cmd: unknown) => staff.value('session.command', { sessionId, command: cmd });
  return { server, staff, sessionId, joinCode: created.view.joinCode, command };
}

describe('a participant over the WebSocket', () => {
  it('is sent none of the secrets, in replies or pushed events, and nothing of the library', async () => {
    const { server, staff, sessionId, joinCode, command } = await setUp();
    await staff.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
    const guest = await socket(server.port, 'guest=1');
    const joined = await guest.value<{ principal: { participantId: string } }>('session.join', {
      joinCode,
      name: 'Lan',
      requestedTeamId: 'A',
    });
    await guest.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
    await command({ type: 'admitParticipant', participantId: joined.principal.participantId, teamId: 'A' });
    await command({ type: 'start' });
    await command({ type: 'release', injectId: 'i1' });
    await command({ type: 'release', injectId: 'i2' });
    const last = (await staff.value('session.get', { sessionId })).seq;
    await staff.until((f) => f.type === 'event' && f.seq === last);

    const view = await guest.value<{ kind: string }>('session.myView', { sessionId });
    expect(view.kind).toBe('team');
    expect(JSON.stringify(view)).toContain('ALPHA-FIRST');
    // Refused, whatever they would have returned.
    for (const [method, input] of [
      ['session.get', { sessionId }],
      ['session.events', { sessionId }],
      ['session.command', { sessionId, command: { type: 'pause' } }],
      ['library.list', {}],
      ['events.subscribe', { topic: 'library', afterSeq: 0 }],
    ] as const) {
      expect(await guest.call(method, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await staff.value('library.create', { title: 'Another exercise' });
    await staff.value('session.get', { sessionId }); // a round trip, so the library event had its chance

    // The participant was told of its own events only, and of no library change.
    expect(guest.frames.some((f) => f.type === 'event' && f.name === 'library.changed')).toBe(false);
    expect(guest.seqs().length).toBeGreaterThan(0);
    expect(guest.seqs().length).toBeLessThan(staff.seqs().length);
    // Notes, expected actions, a question not raised, another team's and unreleased injects.
    const everything = guest.raw.join('\n');
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });

  it('after a reconnect gets what came since its last seq: no gap, no duplicate', async () => {
    const { server, staff, sessionId, joinCode, command } = await setUp();
    await staff.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
    const first = await socket(server.port, 'guest=1');
    const { secret, principal } = await first.value<{ secret: string; principal: { participantId: string } }>(
      'session.join',
      { joinCode, name: 'Lan', requestedTeamId: 'A' },
    );
    await first.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
    await command({ type: 'admitParticipant', participantId: principal.participantId, teamId: 'A' });
    await command({ type: 'start' });
    await command({ type: 'release', injectId: 'i1' });
    const releasedFirst = (await staff.value('session.get', { sessionId })).seq;
    await first.until((f) => f.type === 'event' && f.seq === releasedFirst);
    const lastSeen = Math.max(...first.seqs());
    first.ws.terminate();
    await first.closed;

    // While it is away: one for its team, one for the other team.
    await command({ type: 'release', injectId: 'i3' });
    const forA = (await staff.value('session.get', { sessionId })).seq;
    await command({ type: 'release', injectId: 'i2' });

    const second = await socket(server.port, 'guest=1');
    await second.value('session.resume', { secret });
    await second.value('events.subscribe', { topic: { session: sessionId }, afterSeq: lastSeen });
    await second.until((f) => f.type === 'event' && f.seq === forA);
    await command({ type: 'pause' });
    const paused = (await staff.value('session.get', { sessionId })).seq;
    await second.until((f) => f.type === 'event' && f.seq === paused);

    const all = [...first.seqs(), ...second.seqs()];
    expect(new Set(all).size).toBe(all.length);
    expect(second.seqs()).toEqual([forA, paused]);
    expect(second.seqs()[0]).toBeGreaterThan(lastSeen);
  });

  it('once removed, a live connection is sent nothing more and may do nothing but join again', async () => {
    const { server, staff, sessionId, joinCode, command } = await setUp();
    await staff.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
    const guest = await socket(server.port, 'guest=1');
    const { principal } = await guest.value<{ principal: { participantId: string } }>('session.join', {
      joinCode,
      name: 'Lan',
      requestedTeamId: 'A',
    });
    await guest.value('events.subscribe', { topic: { session: sessionId }, afterSeq: 0 });
    await command({ type: 'admitParticipant', participantId: principal.participantId, teamId: 'A' });
    await command({ type: 'removeParticipant', participantId: principal.participantId });
    await command({ type: 'start' });
    await command({ type: 'release', injectId: 'i1' });
    const last = (await staff.value('session.get', { sessionId })).seq;
    await staff.until((f) => f.type === 'event' && f.seq === last);
    const myView = await guest.call('session.myView', { sessionId });
    expect(myView).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // It heard of its joining and admission, and of nothing from its removal on (its next
    // call or resume says why, translated).
    const heard = guest.seqs();
    expect(heard.length).toBeGreaterThan(0);
    expect(Math.max(...heard)).toBeLessThan(last - 1);
    expect(guest.raw.join('\n')).not.toContain('ALPHA-FIRST');
  });

  it('a guest connection may not send a frame over GUEST_FRAME_BYTES_MAX; staff may', async () => {
    const { server, staff } = await setUp();
    const guest = await socket(server.port, 'guest=1');
    guest.ws.send(JSON.stringify({ id: 1, method: 'app.info', input: { pad: 'x'.repeat(GUEST_FRAME_BYTES_MAX) } }));
    expect(await guest.closed).toBe(1009);
    const big = await staff.call('app.info', { pad: 'x'.repeat(GUEST_FRAME_BYTES_MAX) });
    expect(big.ok).toBe(true);
  });
});
