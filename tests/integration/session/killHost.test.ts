// The done-when test of issue 7: SIGKILL the host in the middle of a running session,
// start it again on the same data folder, and find the clock and every acknowledged
// event back, and a participant's browser reconnected on its own as the same person in
// the same team. The host runs in a child process with real time and real timers.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SessionEvent } from '../../../shared/session/events';
import { RESOURCES } from '../../support/core';
import { PARSE_WORKER_FILE } from '../../support/parseWorkerFiles';
import { tempDir } from '../../support/temp';
import { SIX_INJECTS, STAFF } from './support';
import { createApi } from '../../../shared/api/client';
import { createWsTransport, type ConnectionState } from '../../../renderer/api/wsTransport';

const ROOT = path.resolve(__dirname, '../../..');
const TOKEN = 'kill-test-token';
let bundle = '';
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0).reverse()) fn();
});

beforeAll(async () => {
  bundle = path.join(tempDir('drillbook-host-bundle-'), 'host.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'hostProcess.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    packages: 'external',
    logLevel: 'error',
  });
}, 60_000);

type Host = { child: ChildProcess; port: number; exited: Promise<void> };

/** `listenPort`: the port of a host that was killed, where its clients look for it again. */
async function startHost(dataDir: string, rendererDir: string, listenPort = 0): Promise<Host> {
  const child = spawn(process.execPath, [bundle, dataDir, RESOURCES, rendererDir, PARSE_WORKER_FILE], {
    env: {
      ...process.env,
      DRILLBOOK_TEST_TOKEN: TOKEN,
      DRILLBOOK_TEST_PORT: String(listenPort),
      NODE_PATH: path.join(ROOT, 'node_modules'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  cleanup.push(() => child.kill('SIGKILL'));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += String(d)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`host exited (${code}): ${stderr}`)));
  });
  return { child, port, exited };
}

/** A WebSocket client of the contract: call(method, input) resolves to the value or throws. */
async function connect(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api?token=${TOKEN}`);
  cleanup.push(() => ws.terminate());
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const waiting = new Map<number, (result: { ok: boolean; value?: unknown; error?: unknown }) => void>();
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; id?: number; result?: { ok: boolean } };
    if (frame.type === 'reply' && frame.id !== undefined) waiting.get(frame.id)?.(frame.result!);
  });
  let nextId = 1;
  return async function call<T>(method: string, input: unknown): Promise<T> {
    const id = nextId++;
    const result = await new Promise<{ ok: boolean; value?: unknown; error?: unknown }>((resolve) => {
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ id, method, input }));
    });
    if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
}

/**
 * A participant's browser as the guest page runs it: the renderer's own transport (under
 * Node's WebSocket), greeting every (re)connect with the kept secret as guestConnection.ts
 * does, and reconnecting by itself.
 */
function participantBrowser(port: number) {
  let secret: string | null = null;
  const states: ConnectionState[] = [];
  const resumed: unknown[] = [];
  const transport = createWsTransport(`ws://127.0.0.1:${port}/api?guest=1`, (s) => states.push(s), {
    call: () => (secret ? { method: 'session.resume', input: { secret } } : null),
    answered: (result) => resumed.push(result),
  });
  return {
    api: createApi(transport),
    states,
    resumed,
    remember: (s: string) => {
      secret = s;
    },
  };
}

type Snapshot = { seq: number; view: { clock: { running: boolean; speed: number; scenarioMs: number } } };
const released = (events: SessionEvent[]) => events.flatMap((e) => (e.type === 'inject_released' ? [e.injectId] : []));

describe('the host killed in the middle of a session', () => {
  it('comes back with the clock where it was, every acknowledged event and its participant', async () => {
    const dataDir = tempDir();
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Drillbook</title>');

    const first = await startHost(dataDir, rendererDir);
    let call = await connect(first.port);
    // The first automatic inject at T+00:06, the next at T+01:00 (after the kill).
    const injects = (SIX_INJECTS.injects ?? []).map((i) => (i.id === 'a1' ? { ...i, offsetSec: 6 } : i));
    const exercise = await call<{ id: string }>('library.create', { ...SIX_INJECTS, injects });
    const created = await call<Snapshot & { view: { sessionId: string } }>('session.create', {
      exerciseId: exercise.id,
      teamIds: ['A', 'B'],
      staff: STAFF,
    });
    const sessionId = created.view.sessionId;
    const command = (cmd: unknown) => call<Snapshot>('session.command', { sessionId, command: cmd });
    await command({ type: 'start' });
    await command({ type: 'setSpeed', speed: 10 });
    await command({ type: 'hold', injectId: 'a2' });
    // Real time: wait until the host's own timer has released a1 at T+00:06.
    let events: SessionEvent[] = [];
    for (let i = 0; i < 100 && !released(events).includes('a1'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      events = (await call<{ events: SessionEvent[] }>('session.events', { sessionId, afterSeq: 0 })).events;
    }
    expect(released(events)).toEqual(['a1']);
    await command({ type: 'scribeAcknowledge', injectId: 'a1', teamId: 'A' });

    // A participant on their own device, admitted to team B.
    const phone = participantBrowser(first.port);
    const joined = await phone.api.call('session.join', {
      joinCode: (await call<{ view: { joinCode: string } }>('session.get', { sessionId })).view.joinCode,
      name: 'Lan',
      requestedTeamId: 'B',
    });
    phone.remember(joined.secret);
    const { participantId } = joined.principal as { participantId: string };
    await command({ type: 'admitParticipant', participantId, teamId: 'B' });
    expect(await phone.api.call('session.myView', { sessionId })).toMatchObject({ kind: 'team' });
    await new Promise((r) => setTimeout(r, 1_000)); // the clock runs on, heartbeats are written
    const acknowledged = (await call<{ events: SessionEvent[] }>('session.events', { sessionId, afterSeq: 0 })).events;
    const reached = (await call<Snapshot>('session.get', { sessionId })).view.clock.scenarioMs;
    first.child.kill('SIGKILL');
    await first.exited; // reaped, so the data folder's lock is seen as stale

    const second = await startHost(dataDir, rendererDir, first.port);
    call = await connect(second.port);
    const after = await call<Snapshot>('session.get', { sessionId });
    expect(after.view.clock).toMatchObject({ running: false, speed: 10 });
    // Back at the time it had reached, within the 2 s the heartbeat promises.
    expect(Math.abs(after.view.clock.scenarioMs - reached)).toBeLessThanOrEqual(2_000);
    expect(after.view.clock.scenarioMs).toBeGreaterThan(6_000);
    const log = (await call<{ events: SessionEvent[] }>('session.events', { sessionId, afterSeq: 0 })).events;
    expect(log.slice(0, acknowledged.length)).toEqual(acknowledged);
    expect(log.slice(acknowledged.length).map((e) => e.type)).toEqual(['clock_recovered']);
    expect(released(log)).toEqual(['a1']); // nothing twice
    expect((await call<{ items: { status: string }[] }>('session.list', {})).items).toMatchObject([{ status: 'live' }]);

    // The participant's browser found the host again by itself, and is the same person in
    // the same team, with no new code.
    for (let i = 0; i < 200 && phone.states.at(-1) !== 'open'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(phone.states).toContain('closed');
    expect(phone.states.at(-1)).toBe('open');
    expect(phone.resumed.at(-1)).toEqual({
      ok: true,
      value: { principal: { kind: 'participant', sessionId, participantId, teamId: 'B' } },
    });
    expect(await phone.api.call('session.myView', { sessionId })).toMatchObject({
      kind: 'team',
      view: { team: { id: 'B' }, injects: [{ id: 'a1' }] },
    });

    // And it runs on from there.
    await call('session.command', { sessionId, command: { type: 'unhold', injectId: 'a2' } });
    const resumed = await call<Snapshot>('session.command', { sessionId, command: { type: 'resume' } });
    expect(resumed.view.clock.running).toBe(true);
  }, 60_000);
});
