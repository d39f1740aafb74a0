import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHostServer, type HostServer } from '../../../electron/host/server';
import { createRecordingLogger } from '../../../electron/host/ports';
import { testCore } from '../../support/core';
import { tempDir } from '../../support/temp';

const TOKEN = 'test-token-123';
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

/** `files`: more of the built renderer, there before the server starts (it lists them then). */
async function startServer(addresses = ['127.0.0.1'], files: Record<string, string | Buffer> = {}) {
  const { core } = testCore();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Drillbook</title>');
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(rendererDir, name), data);
  const server = await startHostServer({
    core,
    rendererDir,
    addresses,
    port: 0,
    token: TOKEN,
    logger: createRecordingLogger(),
  });
  cleanup.push(
    () => core.close(),
    () => server.close(),
  );
  return { core, server };
}

type Frame = {
  type: string;
  id?: number;
  result?: { ok: boolean; value?: unknown; error?: { code: string } };
  name?: string;
  payload?: unknown;
};

function open(
  server: HostServer,
  { host = '127.0.0.1', token = TOKEN, origin }: { host?: string; token?: string; origin?: string } = {},
) {
  const ws = new WebSocket(
    `ws://${host}:${server.port}/api?token=${encodeURIComponent(token)}`,
    origin ? { origin } : {},
  );
  cleanup.push(() => ws.terminate());
  const frames: Frame[] = [];
  ws.on('message', (data) => frames.push(JSON.parse(String(data)) as Frame));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
  const next = async (predicate: (f: Frame) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const found = frames.find(predicate);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('no such frame arrived');
  };
  return { ws, opened, next, frames };
}

/** A WebSocket handshake to the API with the token, as this host's own page makes it. */
function upgradeHeaders(server: HostServer): Record<string, string> {
  return {
    Host: `127.0.0.1:${server.port}`,
    Origin: `http://127.0.0.1:${server.port}`,
    Connection: 'Upgrade',
    Upgrade: 'websocket',
    'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
  };
}

/**
 * The status the server answers a GET with exactly these headers (a WebSocket
 * handshake when they ask for an upgrade: 101 if taken), sent raw so no client
 * library tidies a hostile Host or Origin first.
 */
/** A GET with exactly these headers, and its body as sent (fetch would decompress it). */
function rawGet(port: number, pathname: string, headers: Record<string, string>) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

async function rawStatus(server: HostServer, headers: Record<string, string>): Promise<number | undefined> {
  const path = headers.Upgrade ? `/api?token=${TOKEN}` : '/';
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path, headers, agent: false });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('host server', () => {
  it('serves the renderer with a strict CSP and no outside sources', async () => {
    const { server } = await startServer();
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Drillbook</title>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`http://127.0.0.1:${server.port}/`, { method: 'POST' })).status).toBe(405);
  });

  it('serves a file compressed as the build left it, to a client that accepts it, and plain to others', async () => {
    const script = 'export const greeting = "xin chào";\n'.repeat(200);
    const { server } = await startServer(['127.0.0.1'], {
      'app.js': script,
      'app.js.br': zlib.brotliCompressSync(script),
      'app.js.gz': zlib.gzipSync(script),
    });
    const get = (acceptEncoding: string) => rawGet(server.port, '/app.js', { 'accept-encoding': acceptEncoding });
    const brotli = await get('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toBe('Accept-Encoding');
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(script);
    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('carries calls and pushes events over the WebSocket', async () => {
    const { server } = await startServer();
    const a = open(server);
    const b = open(server);
    await Promise.all([a.opened, b.opened]);
    // Events come by subscription: b asks for the library's, a does not.
    b.ws.send(JSON.stringify({ id: 7, method: 'events.subscribe', input: { topic: 'library', afterSeq: 0 } }));
    const subscribed = await b.next((f) => f.type === 'reply' && f.id === 7);
    const seq = (subscribed.result as { value: { seq: number } }).value.seq;
    a.ws.send(JSON.stringify({ id: 1, method: 'library.create', input: { title: 'Diễn tập' } }));
    const reply = await a.next((f) => f.type === 'reply' && f.id === 1);
    expect(reply.result).toMatchObject({ ok: true, value: { title: 'Diễn tập', revision: 1 } });
    const id = (reply.result as { value: { id: string } }).value.id;
    const event = await b.next((f) => f.type === 'event' && (f.payload as { id: unknown }).id === id);
    expect(event).toMatchObject({ topic: 'library', seq: seq + 1, name: 'library.changed' });
    expect(a.frames.filter((f) => f.type === 'event')).toEqual([]);
    a.ws.send(JSON.stringify({ id: 2, method: 'library.create', input: { title: '' } }));
    expect((await a.next((f) => f.id === 2)).result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers an unreadable frame with a protocol error and stays open', async () => {
    const { server } = await startServer();
    const c = open(server);
    await c.opened;
    c.ws.send('{not json');
    expect(await c.next((f) => f.type === 'protocol_error')).toMatchObject({ error: { code: 'invalid_input' } });
    c.ws.send(JSON.stringify({ id: 9, method: 'app.info', input: {} }));
    expect((await c.next((f) => f.id === 9)).result).toMatchObject({ ok: true });
  });

  it('refuses a wrong token and a foreign origin', async () => {
    const { server } = await startServer();
    await expect(open(server, { token: 'wrong' }).opened).rejects.toThrow('HTTP 401');
    await expect(open(server, { origin: 'http://evil.example' }).opened).rejects.toThrow('HTTP 403');
    await open(server, { origin: `http://127.0.0.1:${server.port}` }).opened;
  });

  it('binds the addresses it is given (127.0.0.2 standing in for a LAN interface)', async () => {
    const { server } = await startServer(['127.0.0.1', '127.0.0.2']);
    for (const host of ['127.0.0.1', '127.0.0.2']) {
      const res = await fetch(`http://${host}:${server.port}/`);
      expect(res.status).toBe(200);
      const c = open(server, { host, origin: `http://${host}:${server.port}` });
      await c.opened;
    }
  });

  it('refuses a request naming another host (DNS rebinding)', async () => {
    const { server } = await startServer();
    const http = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http
        .get(
          { host: '127.0.0.1', port: server.port, path: '/', headers: { Host: `evil.example:${server.port}` } },
          (res) => {
            res.resume();
            resolve(res.statusCode);
          },
        )
        .on('error', reject);
    });
    expect(status).toBe(421);
  });

  it.each([
    'localhost.attacker.example',
    `localhost.attacker.example:PORT`,
    'attacker.example@127.0.0.1:PORT',
    '127.0.0.1:PORT/attacker',
  ])('refuses the look-alike Host %j for a page and for the API socket', async (hostTemplate) => {
    const { server } = await startServer();
    const host = hostTemplate.replace('PORT', String(server.port));
    expect(await rawStatus(server, { Host: host })).toBe(421);
    expect(await rawStatus(server, { ...upgradeHeaders(server), Host: host })).toBe(421);
    // The same request naming this host is served, so 421 above is the Host's doing.
    expect(await rawStatus(server, { Host: `localhost:${server.port}` })).toBe(200);
  });

  it.each([
    ['null', 'a sandboxed frame or a file:// page'],
    ['https://127.0.0.1:PORT', 'the same host over https'],
    ['https://localhost:PORT', 'localhost over https'],
    ['http://localhost.attacker.example:PORT', 'a look-alike name'],
  ])('refuses the API socket to Origin %j (%s)', async (originTemplate) => {
    const { server } = await startServer();
    const origin = originTemplate.replace('PORT', String(server.port));
    expect(await rawStatus(server, { ...upgradeHeaders(server), Origin: origin })).toBe(403);
    await expect(open(server, { origin }).opened).rejects.toThrow('HTTP 403');
    // The same handshake from this host's own page is taken.
    expect(await rawStatus(server, upgradeHeaders(server))).toBe(101);
  });

  it('listens on loopback only by default: 127.0.0.2 is not served', async () => {
    const { server } = await startServer(['127.0.0.1']);
    await expect(fetch(`http://127.0.0.2:${server.port}/`)).rejects.toThrow();
  });
});
