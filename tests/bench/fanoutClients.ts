// The fan-out bench's clients, in a process of their own (forked by fanoutBench.ts) so
// that receiving does not share the host's event loop. Two sets of WebSockets: `host`
// (guests of the live session) and `floor` (a bare ws server). Each socket notes when
// every event frame arrived, on the clock the parent shares (timeOrigin + now).
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { ChildReply, ParentCommand } from './fanoutProtocol';

type Client = {
  ws: WebSocket;
  /** Event seq → receipt time (absolute ms). */
  received: Map<number, number>;
  /** The raw text of each event frame, kept for the seq the parent asks to sample. */
  frames: Map<number, string>;
  call(method: string, input: unknown): Promise<unknown>;
};

type MyView = { kind: 'team'; view: { injects: unknown[] } } | { kind: 'waiting' };

const sets: Record<'host' | 'floor', Client[]> = { host: [], floor: [] };
const wakers = new Set<() => void>();

function reply(message: ChildReply): void {
  process.send!(message);
}

/** Loopback addresses 127.0.0.2 … 127.0.0.254, cycling: the host limits joins per address. */
function localAddress(i: number): string {
  return `127.0.0.${2 + (i % 253)}`;
}

function open(url: string, i: number): Promise<Client> {
  const ws = new WebSocket(url, { localAddress: localAddress(i) });
  const received = new Map<number, number>();
  const frames = new Map<number, string>();
  const pending = new Map<number, (result: { ok: boolean; value?: unknown; error?: unknown }) => void>();
  ws.on('message', (data) => {
    const at = performance.timeOrigin + performance.now();
    const text = String(data);
    const frame = JSON.parse(text) as { type: string; id?: number; seq?: number; result?: { ok: boolean } };
    if (frame.type === 'event' && typeof frame.seq === 'number' && !received.has(frame.seq)) {
      received.set(frame.seq, at);
      frames.set(frame.seq, text);
      for (const wake of [...wakers]) wake();
    } else if (frame.type === 'reply' && frame.id !== undefined) {
      pending.get(frame.id)?.(frame.result!);
      pending.delete(frame.id);
    }
  });
  let nextId = 1;
  const call = (method: string, input: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (result) =>
        result.ok ? resolve(result.value) : reject(new Error(`${method}: ${JSON.stringify(result.error)}`)),
      );
      ws.send(JSON.stringify({ id, method, input }));
    });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, received, frames, call }));
    // Before opening: the connect step fails. After: the socket's missing frames show in the rows.
    ws.on('error', (error) => {
      reject(error);
      process.stderr.write(`fan-out client ${i + 1}: ${error.message}\n`);
    });
  });
}

/** Every client of the set has the frame `seq`, or the time is up: the receipt times there are. */
function awaitSeq(clients: Client[], seq: number, timeoutMs: number): Promise<number[]> {
  return new Promise((resolve) => {
    const done = () => {
      wakers.delete(check);
      clearTimeout(timer);
      resolve(clients.flatMap((c) => (c.received.has(seq) ? [c.received.get(seq)!] : [])));
    };
    const check = () => {
      if (clients.every((c) => c.received.has(seq))) done();
    };
    const timer = setTimeout(done, timeoutMs);
    wakers.add(check);
    check();
  });
}

async function handle(command: ParentCommand): Promise<void> {
  switch (command.type) {
    case 'connect': {
      const clients: Client[] = [];
      // In batches, so 300 handshakes do not all land on the host at once.
      for (let i = 0; i < command.count; i += 30) {
        const batch = Array.from({ length: Math.min(30, command.count - i) }, (_, k) => open(command.url, i + k));
        clients.push(...(await Promise.all(batch)));
      }
      sets[command.set] = clients;
      return reply({ type: 'connected', set: command.set, count: clients.length });
    }
    case 'join': {
      const joined = await Promise.all(
        sets.host.map(async (client, i) => {
          const teamId = command.teamIds[i % command.teamIds.length]!;
          const value = (await client.call('session.join', {
            joinCode: command.joinCode,
            name: `Participant ${i + 1}`,
            requestedTeamId: teamId,
          })) as { principal: { participantId: string } };
          return { participantId: value.principal.participantId, teamId };
        }),
      );
      return reply({ type: 'joined', participants: joined });
    }
    case 'subscribe': {
      await Promise.all(
        sets.host.map((c) =>
          c.call('events.subscribe', { topic: { session: command.sessionId }, afterSeq: command.afterSeq }),
        ),
      );
      return reply({ type: 'subscribed' });
    }
    case 'await': {
      const clients = sets[command.set];
      const receivedAt = await awaitSeq(clients, command.seq, command.timeoutMs);
      const sample = clients.find((c) => c.frames.has(command.seq))?.frames.get(command.seq) ?? '';
      for (const c of clients) c.frames.delete(command.seq);
      return reply({ type: 'received', set: command.set, seq: command.seq, receivedAt, sample });
    }
    case 'views': {
      const views = await Promise.all(
        sets.host.map((c) => c.call('session.myView', { sessionId: command.sessionId }) as Promise<MyView>),
      );
      return reply({ type: 'views', injectCounts: views.map((v) => (v.kind === 'team' ? v.view.injects.length : 0)) });
    }
    case 'close':
      for (const c of [...sets.host, ...sets.floor]) c.ws.terminate();
      process.exit(0);
  }
}

// The bench gone (finished or crashed): no client outlives it.
process.on('disconnect', () => process.exit(0));

process.on('message', (command: ParentCommand) => {
  handle(command).catch((error: unknown) => {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
