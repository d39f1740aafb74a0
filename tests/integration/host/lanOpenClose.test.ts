// The office network opened and closed at run time, on a real web transport: 127.0.0.2
// stands in for the office address (handed in, never a private-range address in tests).
// Closed, nobody reaches it; open, a guest connects through it; closed again, that guest
// is dropped and a new one refused, while the facilitator on loopback carries on.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebTransport } from '../../../electron/host/lanController';
import { createRecordingLogger } from '../../../electron/host/ports';
import { CLOSE_UNLISTENED } from '../../../electron/host/server';
import { facilitator, testCore } from '../../support/core';
import { tempDir } from '../../support/temp';
import { connectTo } from '../../support/wsClient';

const TOKEN = 'staff-token-for-lan-tests';
const OFFICE = '127.0.0.2';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

async function start() {
  const { core } = testCore();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Drillbook</title>');
  const web = await startWebTransport({
    core,
    rendererDir,
    port: 0,
    token: TOKEN,
    logger: createRecordingLogger(),
    officeAddresses: () => [OFFICE],
  });
  cleanup.push(
    () => core.close(),
    () => web.close(),
  );
  return { core, web, port: web.server.port };
}

/** A WebSocket to `host`; resolves once open, rejects with the reason it could not. */
async function socket(host: string, port: number, query: string) {
  const client = await connectTo(host, port, query);
  cleanup.push(() => client.ws.terminate());
  return { ...client, until: client.next, closed: client.closed.then(({ code }) => code) };
}

function get(host: string, port: number, hostHeader = `${host}:${port}`) {
  return new Promise<number>((resolve, reject) => {
    const req = http.get({ host, port, path: '/', headers: { host: hostHeader }, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
}

describe('the office network, opened and closed from the console', () => {
  it('lets a guest in through the office address only while open, and drops it on close', async () => {
    const { port } = await start();
    // Closed: the office address does not answer at all.
    await expect(socket(OFFICE, port, 'guest=1')).rejects.toThrow(/ECONNREFUSED/);

    const staff = await socket('127.0.0.1', port, `token=${TOKEN}`);
    expect(await staff.call('lan.status')).toEqual({
      ok: true,
      value: { open: false, addresses: [], loopbackUrl: `http://127.0.0.1:${port}` },
    });
    await staff.call('events.subscribe', { topic: 'lan', afterSeq: 0 });
    const opened = await staff.call('lan.open');
    expect(opened).toEqual({
      ok: true,
      value: {
        open: true,
        addresses: [{ address: OFFICE, url: `http://${OFFICE}:${port}` }],
        loopbackUrl: `http://127.0.0.1:${port}`,
      },
    });
    await staff.until((f) => f.type === 'event' && f.name === 'lan.changed');

    // Open: pages and the guest socket are served on the office address.
    expect(await get(OFFICE, port)).toBe(200);
    const guest = await socket(OFFICE, port, 'guest=1');
    expect(await guest.call('app.info')).toMatchObject({ ok: true, value: { principal: 'guest' } });
    // A guest may not touch the network switch, nor hear of it.
    for (const method of ['lan.status', 'lan.open', 'lan.close'])
      expect(await guest.call(method)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await guest.call('events.subscribe', { topic: 'lan', afterSeq: 0 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const eventsBefore = staff.frames.filter((f) => f.name === 'lan.changed').length;
    expect(await staff.call('lan.close')).toMatchObject({ ok: true, value: { open: false, addresses: [] } });
    expect(await guest.closed).toBe(CLOSE_UNLISTENED);
    await expect(socket(OFFICE, port, 'guest=1')).rejects.toThrow(/ECONNREFUSED/);
    await expect(get(OFFICE, port)).rejects.toThrow(/ECONNREFUSED/);
    // The office address is out of the Host allow-list too, even on the loopback listener.
    expect(await get('127.0.0.1', port, `${OFFICE}:${port}`)).toBe(421);
    await staff.until(
      (f) => f.name === 'lan.changed' && staff.frames.filter((g) => g.name === 'lan.changed').length > eventsBefore,
    );
    // The facilitator on loopback carries on.
    expect(await staff.call('lan.status')).toMatchObject({ ok: true, value: { open: false } });
    expect(staff.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('opens at start like --lan does, and closing twice is harmless', async () => {
    const { web, port } = await start();
    await web.lan.open();
    expect(await get(OFFICE, port)).toBe(200);
    await web.lan.close();
    await web.lan.close();
    await expect(get(OFFICE, port)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('without a web transport, says closed and refuses to open with a reason', async () => {
    const { core } = testCore();
    cleanup.push(() => core.close());
    expect(await core.dispatch('lan.status', {}, facilitator)).toEqual({
      ok: true,
      value: { open: false, addresses: [], loopbackUrl: null },
    });
    expect(await core.dispatch('lan.open', {}, facilitator)).toMatchObject({
      ok: false,
      error: { code: 'unavailable', messageKey: 'lan.errors.noTransport' },
    });
  });
});
