import { describe, expect, it } from 'vitest';
import {
  createLanController,
  lanStatusOf,
  originOf,
  planListeners,
  type LanControllerOptions,
} from '../../../electron/host/lanController';
import { createRecordingLogger } from '../../../electron/host/ports';
import { DomainError } from '../../../shared/api/errors';

describe('what the console is told', () => {
  it('gives each office-network address its own origin on the shared port, and loopback', () => {
    expect(lanStatusOf(['10.0.5.7', '192.168.1.20'], true, 7420)).toEqual({
      open: true,
      addresses: [
        { address: '10.0.5.7', url: 'http://10.0.5.7:7420' },
        { address: '192.168.1.20', url: 'http://192.168.1.20:7420' },
      ],
      loopbackUrl: 'http://127.0.0.1:7420',
    });
    expect(lanStatusOf([], false, 51234)).toEqual({
      open: false,
      addresses: [],
      loopbackUrl: 'http://127.0.0.1:51234',
    });
    expect(originOf('127.0.0.2', 80)).toBe('http://127.0.0.2:80');
  });
});

describe('which listeners change', () => {
  it('adds the new addresses and removes the gone ones, keeping those still there', () => {
    expect(planListeners(['10.0.0.1', '192.168.1.2'], ['192.168.1.2', '172.16.0.9'])).toEqual({
      add: ['172.16.0.9'],
      remove: ['10.0.0.1'],
    });
    expect(planListeners([], ['10.0.0.1'])).toEqual({ add: ['10.0.0.1'], remove: [] });
    expect(planListeners(['10.0.0.1'], [])).toEqual({ add: [], remove: ['10.0.0.1'] });
  });
});

/** A web transport that records what it was asked, and fails to listen where told. */
function fakeServer(failOn: string[] = []) {
  const listening = new Set<string>(['127.0.0.1']);
  const log: string[] = [];
  const server: LanControllerOptions['server'] = {
    port: 7420,
    async listen(address) {
      log.push(`listen ${address}`);
      await new Promise((r) => setTimeout(r, 1));
      if (failOn.includes(address)) throw Object.assign(new Error('in use'), { code: 'EADDRINUSE' });
      listening.add(address);
    },
    async unlisten(address) {
      log.push(`unlisten ${address}`);
      await new Promise((r) => setTimeout(r, 1));
      listening.delete(address);
    },
  };
  return { server, listening, log };
}

describe('the LAN controller', () => {
  it('opens on the office addresses only, and closes them again, loopback untouched', async () => {
    const fake = fakeServer();
    let office = ['192.168.1.20', '127.0.0.1', '10.0.5.7'];
    const lan = createLanController({
      server: fake.server,
      officeAddresses: () => office,
      logger: createRecordingLogger(),
    });
    expect(lan.status().open).toBe(false);
    const opened = await lan.open();
    expect(opened.open).toBe(true);
    expect(opened.addresses.map((a) => a.address)).toEqual(['10.0.5.7', '192.168.1.20']);
    expect([...fake.listening].sort()).toEqual(['10.0.5.7', '127.0.0.1', '192.168.1.20']);
    // Opening again after a network change follows it.
    office = ['10.0.5.7', '172.16.3.3'];
    expect((await lan.open()).addresses.map((a) => a.address)).toEqual(['10.0.5.7', '172.16.3.3']);
    expect([...fake.listening].sort()).toEqual(['10.0.5.7', '127.0.0.1', '172.16.3.3']);
    const closed = await lan.close();
    expect(closed).toEqual({ open: false, addresses: [], loopbackUrl: 'http://127.0.0.1:7420' });
    expect([...fake.listening]).toEqual(['127.0.0.1']);
  });

  it('refuses to open without an office address, and stays closed', async () => {
    const fake = fakeServer();
    const lan = createLanController({
      server: fake.server,
      officeAddresses: () => [],
      logger: createRecordingLogger(),
    });
    await expect(lan.open()).rejects.toMatchObject({ code: 'unavailable', messageKey: 'lan.errors.noAddress' });
    expect(lan.status().open).toBe(false);
    expect(fake.log).toEqual([]);
  });

  it('opens all or nothing: a listener that fails takes back those it added', async () => {
    const fake = fakeServer(['10.0.0.2']);
    const logger = createRecordingLogger();
    const lan = createLanController({ server: fake.server, officeAddresses: () => ['10.0.0.1', '10.0.0.2'], logger });
    const failure = await lan.open().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({
      messageKey: 'lan.errors.listenFailed',
      details: { address: '10.0.0.2', port: 7420, reason: 'EADDRINUSE' },
    });
    expect([...fake.listening]).toEqual(['127.0.0.1']);
    expect(lan.status()).toMatchObject({ open: false, addresses: [] });
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error' }));
  });

  it('runs opens and closes one after the other, in the order asked', async () => {
    const fake = fakeServer();
    const lan = createLanController({
      server: fake.server,
      officeAddresses: () => ['10.0.0.1'],
      logger: createRecordingLogger(),
    });
    const results = await Promise.all([lan.open(), lan.close(), lan.open()]);
    expect(results.map((r) => r.open)).toEqual([true, false, true]);
    expect(fake.log).toEqual(['listen 10.0.0.1', 'unlisten 10.0.0.1', 'listen 10.0.0.1']);
  });
});
