// The WebSocket transport under replies it cannot send and a client that stops reading:
// the real server in front of a core double, so each failure is made on purpose.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionCore } from '../../../electron/host/connection';
import type { EventListener } from '../../../electron/host/events';
import { createRecordingLogger } from '../../../electron/host/ports';
import { startHostServer } from '../../../electron/host/server';
import { tempDir } from '../../support/temp';
import { connect } from '../../support/wsClient';

const TOKEN = 'resilience-token';
const KIB = 1024;
const MIB = 1024 * KIB;
const LIMITS = { backlogBytesMax: 256 * KIB, replyBytesMax: 1 * MIB };

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

/** A core whose methods fail in the ways a real one could, and whose events the test pushes. */
function coreDouble() {
  const listeners = new Set<EventListener>();
  const core: ConnectionCore = {
    // Every connection is sent every event the test pushes, as if subscribed to the library.
    subscriptions: {
      open(_principal, send) {
        let seq = 0;
        const listener: EventListener = (name, payload) =>
          send({ topic: 'library', seq: ++seq, name, payload: payload as Record<string, unknown> });
        listeners.add(listener);
        return { subscribe: () => ({ seq }), close: () => listeners.delete(listener) };
      },
    },
    guestPrincipal: () => {
      throw new Error('no guests here');
    },
    presence: { open() {}, changed() {}, close() {} },
    async dispatch(method, _input, caller) {
      switch (method) {
        case 'test.huge':
          return { ok: true, value: 'x'.repeat(2 * MIB) };
        case 'test.bigint':
          return { ok: true, value: 10n };
        case 'test.tooLongForJson':
          return {
            ok: true,
            value: {
              toJSON() {
                throw new RangeError('Invalid string length');
              },
            },
          };
        case 'test.reject':
          throw new Error('a bug past the dispatcher');
        default:
          return { ok: true, value: { version: 'test', principal: caller.principal.kind } };
      }
    },
  };
  const publish = (payload: unknown) => {
    for (const listener of [...listeners]) listener('library.changed', payload);
  };
  return { core, listeners, publish };
}

async function serve() {
  const double = coreDouble();
  const logger = createRecordingLogger();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  const server = await startHostServer({
    core: double.core,
    rendererDir,
    addresses: ['127.0.0.1'],
    port: 0,
    token: TOKEN,
    logger,
    sendLimits: LIMITS,
  });
  cleanup.push(() => server.close());
  const client = async () => {
    const c = await connect(server.port, TOKEN);
    cleanup.push(() => c.ws.terminate());
    return c;
  };
  return { ...double, logger, server, client };
}

/** A client that completes the WebSocket upgrade, then never reads another byte. */
async function stalledClient(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  cleanup.push(() => socket.destroy());
  socket.write(
    `GET /api?token=${TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  const head = await new Promise<string>((resolve) => socket.once('data', (d) => resolve(String(d))));
  expect(head).toMatch(/^HTTP\/1\.1 101/);
  socket.pause();
  return socket;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Bytes held outside the JavaScript heap (Buffers, socket backlogs), once garbage is gone. */
const bufferMemory = async () => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50)); // backing stores are freed after the sweep
  }
  const { arrayBuffers, external } = process.memoryUsage();
  return arrayBuffers + external;
};

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('replies that cannot be sent', () => {
  it('are answered as translated errors to the same call, logged, and the connection keeps serving', async () => {
    const { client, logger } = await serve();
    const c = await client();
    expect(await c.call('test.huge')).toEqual({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.replyTooLarge', details: { maxMiB: 1 } },
    });
    expect(await c.call('test.tooLongForJson')).toMatchObject({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.replyTooLarge' },
    });
    expect(await c.call('test.bigint')).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await c.call('test.reject')).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal', details: { method: 'test.reject' } },
    });
    expect(await c.call('app.info')).toEqual({ ok: true, value: { version: 'test', principal: 'staff' } });
    const logged = logger.entries.filter((e) => e.level === 'error').map((e) => e.message);
    expect(logged).toEqual([
      'reply could not be sent as is',
      'reply could not be sent as is',
      'reply could not be sent as is',
      'dispatch failed',
    ]);
  });
});

describe('a client that stops reading', () => {
  it('is dropped once its backlog passes the cap; host memory stays bounded and others are served', async () => {
    const { client, logger, listeners, publish, server } = await serve();
    const reader = await client();
    await stalledClient(server.port);
    await until(() => listeners.size === 2);
    const memoryBefore = await bufferMemory();

    // 96 MiB of events, far more than the socket buffers of both ends hold together.
    const payload = { id: 'x'.repeat(16 * KIB) };
    const batches = 1536;
    const published = batches * 4 * 16 * KIB;
    for (let i = 0; i < batches; i++) {
      for (let j = 0; j < 4; j++) publish(payload);
      await new Promise((resolve) => setImmediate(resolve));
    }

    const dropped = logger.entries.filter((e) => e.message === 'websocket client reads too slowly: dropped');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.fields!.bufferedBytes as number).toBeLessThanOrEqual(LIMITS.backlogBytesMax);
    // Its connection is gone (no longer subscribed); the reading client got every event.
    await until(() => listeners.size === 1);
    await until(() => reader.frames.filter((f) => f.type === 'event').length === batches * 4, 30_000);
    // Once the reader has caught up, the host holds nothing of the storm: without the
    // cap, the stalled connection alone would still hold tens of MiB it can never send.
    expect((await bufferMemory()) - memoryBefore).toBeLessThan(published / 4);
    expect(await reader.call('app.info')).toMatchObject({ ok: true });
    const later = await client();
    expect(await later.call('app.info')).toMatchObject({ ok: true });
  });
});
