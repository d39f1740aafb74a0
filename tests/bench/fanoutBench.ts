// The fan-out part of `npm run bench`: one inject released to 300 participants in 30
// teams, measured from the host's release call until the LAST client has received the
// `session.changed` event frame (the notice; fetching the view afterwards is not timed).
// The host (core + WebSocket server) runs here; the 300 clients in one child process.
// The floor: a bare `ws` server here broadcasting the very same frame text to the same
// 300 clients, rounds interleaved with the host's so both see the same machine load.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import { openHostCore } from '../../electron/host/core';
import type { Caller } from '../../electron/host/dispatcher';
import { createRecordingLogger } from '../../electron/host/ports';
import { startHostServer } from '../../electron/host/server';
import { DESKTOP_STAFF } from '../../shared/api/principal';
import { PARTICIPANTS_MAX } from '../../shared/api/limits';
import type { ChildReply, ClientSet, ParentCommand } from './fanoutProtocol';
import { percentile, roundMs, type Round } from './fanoutStats';
import { judge, judgeRatio, type BenchReport, type RowCheck } from './report';

const CLIENTS = PARTICIPANTS_MAX;
const TEAMS = 30;
/** 100, so that p99 is the second-slowest round rather than simply the slowest. */
const ROUNDS = 100;
const WARMUP_ROUNDS = 3;
const ROUND_TIMEOUT_MS = 5_000;
const STEP_TIMEOUT_MS = 60_000;
const PAUSE_MS = 20;
const FANOUT_TARGET_MS = 100;
const RATIO_TARGET_MAX = 4;

/** The facilitator at the desktop window: staff calls go straight to the core, as over IPC. */
const staff: Caller = { principal: DESKTOP_STAFF, transport: 'ipc' };
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Talks to the clients' process: one command, its one reply, within a bound. */
function clientsProcess(file: string) {
  const child: ChildProcess = fork(file, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let waiting: ((reply: ChildReply) => void) | null = null;
  child.on('message', (message: ChildReply) => waiting?.(message));
  // A crashed child answers nothing: say so at once rather than at the step's timeout.
  child.on('exit', (code, signal) =>
    waiting?.({ type: 'failed', message: `the clients' process exited (${signal ?? code})` }),
  );
  const ask = <T extends ChildReply['type']>(command: ParentCommand, expect: T, timeoutMs = STEP_TIMEOUT_MS) =>
    new Promise<Extract<ChildReply, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`clients: no answer to ${command.type}`)), timeoutMs);
      waiting = (reply) => {
        waiting = null;
        clearTimeout(timer);
        if (reply.type === expect) resolve(reply as Extract<ChildReply, { type: T }>);
        else reject(new Error(`clients: ${reply.type === 'failed' ? reply.message : reply.type}`));
      };
      child.send(command);
    });
  /** Asks the clients to hang up and exit; kills the process if it has not within a second. */
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 1_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.send({ type: 'close' } satisfies ParentCommand);
    });
  return { ask, close };
}

function inject(n: number, teamIds: string[]) {
  return {
    id: `i${n}`,
    number: String(n),
    offsetSec: 3600 + n,
    release: 'manual',
    channel: 'phone',
    recipientTeamIds: teamIds,
    title: `Fan-out inject ${n}`,
    body: 'A tanker has overturned on the harbour road; the driver is trapped.',
  };
}

/** What the host sends a subscriber for one session event (subscriptions.ts). */
function hostShapedFrame(sessionId: string, seq: number): string {
  const payload = { sessionId, seq };
  return JSON.stringify({ type: 'event', topic: { session: sessionId }, seq, name: 'session.changed', payload });
}

export async function runFanoutBench(log: (line: string) => void): Promise<BenchReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drillbook-fanout-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  const logger = createRecordingLogger();
  const core = openHostCore({
    dataDir: path.join(dir, 'data'),
    appVersion: 'bench',
    resourcesDir: path.resolve(__dirname, '../../resources'),
    parseWorkerFile: path.join(__dirname, 'parseWorker.cjs'),
    logger,
  });
  const server = await startHostServer({
    core,
    rendererDir,
    addresses: ['127.0.0.1'],
    port: 0,
    token: core.staffKey,
    logger,
  });
  const floor = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => floor.once('listening', () => resolve()));
  const clients = clientsProcess(path.join(__dirname, 'fanoutClients.cjs'));
  try {
    const value = async <T>(method: string, input: unknown): Promise<T> => {
      const result = await core.dispatch(method, input, staff);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };
    const teamIds = Array.from({ length: TEAMS }, (_, i) => `t${i + 1}`);
    const exercise = await value<{ id: string }>('library.create', {
      title: 'Fan-out bench',
      teams: teamIds.map((id, i) => ({ id, name: `Team ${i + 1}`, colour: '#336699' })),
      injects: Array.from({ length: WARMUP_ROUNDS + ROUNDS }, (_, n) => inject(n + 1, teamIds)),
    });
    const created = await value<{ view: { sessionId: string; joinCode: string } }>('session.create', {
      exerciseId: exercise.id,
      teamIds,
      staff: [{ id: 'fac', name: 'Facilitator', role: 'facilitator' }],
    });
    const { sessionId, joinCode } = created.view;
    const command = (cmd: unknown) => value<{ seq: number }>('session.command', { sessionId, command: cmd });

    const setupStart = performance.now();
    const hostUrl = `ws://127.0.0.1:${server.port}/api?guest=1`;
    await clients.ask({ type: 'connect', set: 'host', url: hostUrl, count: CLIENTS }, 'connected');
    const { participants } = await clients.ask({ type: 'join', joinCode, teamIds }, 'joined');
    for (const p of participants) await command({ type: 'admitParticipant', ...p });
    const { seq: startSeq } = await command({ type: 'start' });
    await clients.ask({ type: 'subscribe', sessionId, afterSeq: startSeq }, 'subscribed');
    const floorUrl = `ws://127.0.0.1:${(floor.address() as { port: number }).port}/`;
    await clients.ask({ type: 'connect', set: 'floor', url: floorUrl, count: CLIENTS }, 'connected');
    log(
      `fan-out: ${CLIENTS} clients in ${TEAMS} teams connected, joined, admitted and subscribed in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
    );

    const collect = (set: ClientSet, seq: number) =>
      clients.ask({ type: 'await', set, seq, timeoutMs: ROUND_TIMEOUT_MS }, 'received', ROUND_TIMEOUT_MS + 5_000);
    const host: Round[] = [];
    const bare: Round[] = [];
    let hostComplete = 0;
    let floorComplete = 0;
    let frameBytes = 0;
    for (let n = 1; n <= WARMUP_ROUNDS + ROUNDS; n++) {
      const counted = n > WARMUP_ROUNDS;
      await sleep(PAUSE_MS);
      const sentAt = now();
      const { seq } = await command({ type: 'release', injectId: `i${n}` });
      const got = await collect('host', seq);
      // The floor sends the very frame text the host sent for this release (the frame of
      // the host's shape, should no client have received it: that round's rows say so).
      const frame = got.sample || hostShapedFrame(sessionId, seq);
      frameBytes = Buffer.byteLength(frame);
      await sleep(PAUSE_MS);
      const floorSentAt = now();
      for (const ws of floor.clients) ws.send(frame);
      const floorGot = await collect('floor', seq);
      if (!counted) continue;
      // A round not every client received (in ROUND_TIMEOUT_MS) has no fan-out time: the rows say so.
      if (got.receivedAt.length === CLIENTS) {
        hostComplete++;
        host.push({ sentAt, receivedAt: got.receivedAt });
      }
      if (floorGot.receivedAt.length === CLIENTS) {
        floorComplete++;
        bare.push({ sentAt: floorSentAt, receivedAt: floorGot.receivedAt });
      }
    }
    const rows: RowCheck[] = [
      { query: `releases every one of ${CLIENTS} clients received`, expected: ROUNDS, got: hostComplete },
    ];
    const floorRows: RowCheck[] = [
      { query: `broadcasts every one of ${CLIENTS} clients received`, expected: ROUNDS, got: floorComplete },
    ];
    // "Until every client has it": after the timed rounds, each client's own view must
    // hold every released inject (fetched once, not timed: the figure is the frame's).
    const viewsStart = performance.now();
    const { injectCounts } = await clients.ask({ type: 'views', sessionId }, 'views');
    const released = WARMUP_ROUNDS + ROUNDS;
    rows.push({
      query: `views holding all ${released} released injects`,
      expected: CLIENTS,
      got: injectCounts.filter((count) => count === released).length,
    });
    log(`fan-out: ${CLIENTS} views fetched in ${(performance.now() - viewsStart).toFixed(0)} ms`);
    const hostMs = host.map(roundMs);
    const floorMs = bare.map(roundMs);
    const stat = (values: number[], p: number) => (values.length ? percentile(values, p) : Infinity);
    const p99 = stat(hostMs, 99);
    const floorP99 = stat(floorMs, 99);
    log(`fan-out: ${ROUNDS} rounds (after ${WARMUP_ROUNDS} warm-up), event frame ${frameBytes} bytes`);
    return {
      counts: { fanout_clients: CLIENTS, fanout_teams: TEAMS, fanout_rounds: ROUNDS, fanout_frame_bytes: frameBytes },
      timings: {
        fanout_p50_ms_300: judge(stat(hostMs, 50), FANOUT_TARGET_MS, rows),
        fanout_p99_ms_300: judge(p99, FANOUT_TARGET_MS, rows),
        // The floor has no target of its own: it is what the ratio is measured against.
        fanout_floor_p50_ms_300: judge(stat(floorMs, 50), FANOUT_TARGET_MS, floorRows),
        fanout_floor_p99_ms_300: judge(floorP99, FANOUT_TARGET_MS, floorRows),
      },
      ratios: { fanout_ratio_p99: judgeRatio(p99, floorP99, RATIO_TARGET_MAX) },
    };
  } finally {
    await clients.close();
    await new Promise<void>((resolve) => floor.close(() => resolve()));
    await server.close();
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
