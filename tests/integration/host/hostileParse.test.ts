// Hostile files through the real server, services and parse worker: the host refuses
// them with a translated error, stays up, and keeps serving every other client.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HostCoreOptions } from '../../../electron/host/core';
import { packDrill } from '../../../electron/services/exchange/packDrill';
import { serveCore } from '../../support/hostServer';
import { testCore } from '../../support/core';
import { heavyDrill } from '../../support/heavyDrill';
import { tempDir } from '../../support/temp';
import { connect } from '../../support/wsClient';
import { sampleExercise } from '../../unit/exchange/zipFixtures';

const TOKEN = 'hostile-parse-token';
let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

async function serve(parseBudget: HostCoreOptions['parseBudget']) {
  const { core } = testCore(tempDir(), { parseBudget });
  const { server, close } = await serveCore(core, TOKEN);
  cleanup.push(...close);
  const client = async () => {
    const c = await connect(server.port, TOKEN);
    cleanup.push(() => c.ws.terminate());
    return c;
  };
  return { client };
}

/**
 * Sends `method` on one connection while another keeps calling app.info, and returns
 * the hostile call's answer with how the others fared meanwhile.
 */
async function hostileWhileServing(
  hostile: Awaited<ReturnType<typeof connect>>,
  other: Awaited<ReturnType<typeof connect>>,
  method: string,
  input: unknown,
) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  let answer: Awaited<ReturnType<typeof hostile.call>> | null = null;
  const answered = hostile.call(method, input, 120_000).then((result) => (answer = result));
  const latencies: number[] = [];
  while (answer === null) {
    const started = performance.now();
    expect(await other.call('app.info')).toMatchObject({ ok: true });
    latencies.push(performance.now() - started);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await answered;
  loop.disable();
  return {
    answer: answer as unknown,
    latencies,
    maxLatencyMs: Math.max(...latencies),
    maxLoopDelayMs: loop.max / 1e6,
    heapGrowthMiB: (heapPeak - heapBefore) / 2 ** 20,
  };
}

let heavy: string;
beforeAll(async () => {
  // Read in-process, this file holds the host's event loop for seconds and takes
  // hundreds of MiB of heap (tens of thousands of small objects per copy).
  heavy = (await heavyDrill({ copies: 20, injects: 2000, partsPerInject: 20 })).toString('base64');
}, 120_000);

describe('hostile files are read away from the event loop', { timeout: 180_000 }, () => {
  it('a file that takes longer than the time budget is refused, and other clients are served within a second', async () => {
    const { client } = await serve({ timeMs: 1_000 });
    const [hostile, other] = await Promise.all([client(), client()]);
    const run = await hostileWhileServing(hostile, other, 'exchange.preview', { base64: heavy });
    expect(run.answer).toEqual({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.fileTakesTooLong', details: { seconds: 1 } },
    });
    // The worker was busy for the whole second of its budget; the host was not.
    expect(run.latencies.length).toBeGreaterThan(5);
    expect(run.maxLatencyMs).toBeLessThan(1_000);
    expect(run.maxLoopDelayMs).toBeLessThan(1_000);
    // The next import is read by a fresh worker.
    const small = await packDrill({
      exercises: [sampleExercise({ attachments: [] })],
      attachments: new Map(),
      appVersion: '0.1.0',
      now: new Date('2026-01-01T00:00:00.000Z'),
    });
    const again = await hostile.call('exchange.preview', { base64: small.toString('base64') });
    expect(again).toMatchObject({
      ok: true,
      value: { exercises: [{ title: sampleExercise().title, exists: false }] },
    });
  });

  it('a file that needs more heap than the budget is refused as too large, and the host stays up', async () => {
    // Twice what the readers take once loaded; the file needs far more.
    const { client } = await serve({ heapMiB: 128, timeMs: 300_000 });
    const [hostile, other] = await Promise.all([client(), client()]);
    const run = await hostileWhileServing(hostile, other, 'exchange.import', { base64: heavy, locale: 'vi' });
    expect(run.answer).toEqual({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.fileNeedsTooMuchMemory', details: { maxMiB: 128 } },
    });
    expect(run.maxLatencyMs).toBeLessThan(1_000);
    expect(run.maxLoopDelayMs).toBeLessThan(1_000);
    // The host's own heap never held the parsed file.
    expect(run.heapGrowthMiB).toBeLessThan(64);
    expect(await hostile.call('library.list', { archived: false })).toMatchObject({ ok: true, value: { items: [] } });
  });
});
