// A WebSocket client for tests of the host server: sends calls, waits for their replies.
import WebSocket from 'ws';
import type { Envelope } from '../../shared/api/errors';

export type Frame = { type: string; id?: number; result?: Envelope<unknown>; name?: string; payload?: unknown };

export async function connect(port: number, token: string) {
  return connectWith(port, `token=${encodeURIComponent(token)}`);
}

/**
 * A guest's connection: the address people joining a session use, without the staff key.
 * `localAddress` (another loopback address, 127.0.0.2…) makes it a different device, as
 * the host counts join attempts per address.
 */
export async function connectGuest(port: number, localAddress?: string) {
  return connectWith(port, 'guest=1', { localAddress });
}

/**
 * A client on any host address of the test server (an office address such as 127.0.0.2
 * needs its own Origin); rejects with the reason it could not connect.
 */
export async function connectTo(host: string, port: number, query: string) {
  return connectWith(port, query, { host, origin: `http://${host}:${port}` });
}

async function connectWith(
  port: number,
  query: string,
  options: { host?: string; localAddress?: string; origin?: string } = {},
) {
  const { host = '127.0.0.1', localAddress, origin } = options;
  const ws = new WebSocket(`ws://${host}:${port}/api?${query}`, {
    ...(localAddress ? { localAddress } : {}),
    ...(origin ? { origin } : {}),
  });
  const frames: Frame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;

  /** The first frame matching `predicate`, waiting up to `timeoutMs` for it. */
  function next(predicate: (frame: Frame) => boolean, timeoutMs = 20_000): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = frames.find(predicate);
        if (!found) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error('no such frame arrived'));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  /** Sends a call and resolves with its reply's envelope. */
  async function call(method: string, input: unknown = {}, timeoutMs?: number): Promise<Envelope<unknown>> {
    const id = nextId++;
    ws.send(JSON.stringify({ id, method, input }));
    return (await next((f) => f.type === 'reply' && f.id === id, timeoutMs)).result!;
  }

  /** The value of a call that must succeed. */
  async function value<T>(method: string, input: unknown = {}): Promise<T> {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  }

  return { ws, frames, next, call, value, closed };
}
