// A `.drill` file carrying 16 MiB of attachments goes out and comes back over the real
// WebSocket server: export on one host, import on another, both through frames of the
// size the transport allows. (That FILE_BYTES_MAX itself fits a frame is proved from the
// constants in tests/unit/exchange/sizeAgreement.test.ts; a real file that large would
// need gigabytes of memory on a machine that runs many tests at once.)
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { STAFF_FRAME_BYTES_MAX } from '../../../shared/api/limits';
import type { Exercise } from '../../../shared/model/exercise';
import { serveCore } from '../../support/hostServer';
import { testCore } from '../../support/core';

const TOKEN = 'test-token-large';
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

type Result = { ok: boolean; value?: unknown; error?: { code: string; messageKey: string } };

/** A host on a fresh library, and a staff connection to it that calls and awaits replies. */
async function host() {
  const { core } = testCore();
  const { server, close } = await serveCore(core, TOKEN);
  cleanup.push(...close);
  // The browser has no receive limit; the test client must not impose ws's 100 MiB default.
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api?token=${TOKEN}`, { maxPayload: STAFF_FRAME_BYTES_MAX });
  cleanup.push(() => ws.terminate());
  const replies = new Map<number, (result: Result) => void>();
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; id?: number; result?: Result };
    if (frame.type === 'reply' && frame.id !== undefined) replies.get(frame.id)?.(frame.result!);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let seq = 0;
  const call = (method: string, input: unknown) =>
    new Promise<Result>((resolve, reject) => {
      const id = ++seq;
      replies.set(id, resolve);
      ws.once('close', (code) => reject(new Error(`socket closed (${code}) during ${method}`)));
      ws.send(JSON.stringify({ id, method, input }));
    });
  const value = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  return { call, value };
}

const MIB = 1024 * 1024;

describe('large files over the WebSocket server', () => {
  it('an exercise with 16 MiB of attachments exports on one host and imports on another', async () => {
    const a = await host();
    const files = [1, 2].map((fill) => Buffer.alloc(8 * MIB, fill));
    const metas = [];
    for (const [k, bytes] of files.entries()) {
      metas.push(
        await a.value<{ id: string }>('attachments.put', {
          name: `ảnh-${k}.jpg`,
          mime: 'image/jpeg',
          base64: bytes.toString('base64'),
        }),
      );
    }
    expect(metas.map((m) => m.id)).toEqual(files.map((f) => createHash('sha256').update(f).digest('hex')));
    const ex = await a.value<Exercise>('library.create', { title: 'Ảnh hiện trường', attachments: metas });
    const file = await a.value<{ base64: string }>('exchange.export', { ids: [ex.id] });
    expect(file.base64.length).toBeGreaterThan((16 * MIB * 4) / 3);

    const b = await host();
    const preview = await b.value<{ exercises: { id: string }[] }>('exchange.preview', { base64: file.base64 });
    expect(preview.exercises.map((e) => e.id)).toEqual([ex.id]);
    await b.value('exchange.import', { base64: file.base64, locale: 'vi' });
    expect(await b.value('library.get', { id: ex.id })).toEqual(ex);
    const got = await b.value<{ base64: string }>('attachments.get', { id: metas[1]!.id });
    expect(Buffer.from(got.base64, 'base64').equals(files[1]!)).toBe(true);
    // A generous bound for a machine busy with other work, not a speed check.
  }, 240_000);
});
