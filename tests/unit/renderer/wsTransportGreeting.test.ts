// The browser transport's greeting: a guest's `session.resume` goes out first on every
// (re)connect and is answered before any other call or subscription, so the host knows
// who is asking. Runs the renderer's transport under Node's own WebSocket against a
// real `ws` server on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { createWsTransport } from '../../../renderer/api/wsTransport';

type Frame = { id: number; method: string; input: unknown };

async function server() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const frames: Frame[][] = [];
  const sockets: ServerSocket[] = [];
  wss.on('connection', (ws) => {
    const mine: Frame[] = [];
    frames.push(mine);
    sockets.push(ws);
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      mine.push(frame);
      // The resume is answered late, to prove nothing else is sent before its answer.
      const delay = frame.method === 'session.resume' ? 50 : 0;
      setTimeout(() => {
        const value = frame.method === 'session.resume' ? { principal: { kind: 'guest' } } : { seq: 0 };
        ws.send(JSON.stringify({ type: 'reply', id: frame.id, result: { ok: true, value } }));
      }, delay);
    });
  });
  const url = () => `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/api?guest=1`;
  return { wss, frames, sockets, url };
}

let close: (() => void) | null = null;
afterEach(() => close?.());

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('the greeting on every (re)connect', () => {
  it('sends the resume first and waits for its answer before calls and subscriptions', async () => {
    const host = await server();
    close = () => host.wss.close();
    const answered: unknown[] = [];
    const transport = createWsTransport(host.url(), () => {}, {
      call: () => ({ method: 'session.resume', input: { secret: 'kept' } }),
      answered: (result) => answered.push(result),
    });
    transport.subscribe?.({ session: '0b9d3c1e-6a7f-4c2b-9e51-2f4a8d6c7b10' });
    const reply = transport.call('session.myView', { sessionId: '0b9d3c1e-6a7f-4c2b-9e51-2f4a8d6c7b10' });
    await reply;
    const first = host.frames[0]!;
    expect(first.map((f) => f.method)).toEqual(['session.resume', 'events.subscribe', 'session.myView']);
    expect(answered).toHaveLength(1);

    // Dropped: the next connection greets again, then asks for the topic once more.
    host.sockets[0]!.terminate();
    await until(() => (host.frames[1]?.length ?? 0) >= 2);
    expect(host.frames[1]!.map((f) => f.method)).toEqual(['session.resume', 'events.subscribe']);
    expect(answered).toHaveLength(2);
  });

  it('says nothing first when there is nothing to resume', async () => {
    const host = await server();
    close = () => host.wss.close();
    const transport = createWsTransport(host.url(), () => {}, { call: () => null, answered: () => {} });
    await transport.call('session.join', { joinCode: 'X' });
    expect(host.frames[0]!.map((f) => f.method)).toEqual(['session.join']);
  });
});
