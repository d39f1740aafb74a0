// The office network as a runtime choice: the facilitator opens and closes it from the
// console (`lan.open`, `lan.close`), `--lan` opens it at start. The web transport keeps
// listening on loopback; opening adds a listener on each private address of this
// computer (lan.ts decides which), closing removes them and so drops every connection
// that came through them. The host core sees only the LanPort; the desktop main and the
// headless host both start their web transport here (startWebTransport).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LanStatus } from '../../shared/api/contract';
import { DomainError } from '../../shared/api/errors';
import type { LibraryPrerenderer } from '../../shared/api/firstPage';
import type { HostCore } from './core';
import { createFirstPageRenderer } from './firstPageHtml';
import { chooseBindAddresses, LOOPBACK } from './lan';
import type { Logger } from './ports';
import { startHostServer, type HostServer, type HostServerOptions } from './server';

/** What the host core knows of the LAN: services know nothing of HTTP. */
export type LanPort = {
  status(): LanStatus;
  open(): Promise<LanStatus>;
  close(): Promise<LanStatus>;
};

/** The private IPv4 addresses of this computer's interfaces, read anew at every open. */
export const systemOfficeAddresses = (): string[] =>
  chooseBindAddresses({ lan: true, interfaces: os.networkInterfaces() }).lanAddresses;

export const originOf = (address: string, port: number): string => `http://${address}:${port}`;

/** The status the console shows, from the office-network addresses listened on now. */
export function lanStatusOf(lanAddresses: readonly string[], open: boolean, port: number): LanStatus {
  return {
    open,
    addresses: lanAddresses.map((address) => ({ address, url: originOf(address, port) })),
    loopbackUrl: originOf(LOOPBACK, port),
  };
}

/** Which listeners to add and remove to go from the addresses listened on to the wanted ones. */
export function planListeners(
  current: readonly string[],
  wanted: readonly string[],
): { add: string[]; remove: string[] } {
  return {
    add: wanted.filter((a) => !current.includes(a)),
    remove: current.filter((a) => !wanted.includes(a)),
  };
}

export type LanControllerOptions = {
  server: Pick<HostServer, 'port' | 'listen' | 'unlisten'>;
  /** The addresses to open on; tests hand in 127.0.0.2, never a private-range address. */
  officeAddresses?: () => string[];
  logger: Logger;
};

export function createLanController(options: LanControllerOptions): LanPort {
  const { server, logger } = options;
  const officeAddresses = options.officeAddresses ?? systemOfficeAddresses;
  let open = false;
  let lanAddresses: string[] = [];
  /** Opens and closes run one after the other, never interleaved. */
  let queue: Promise<unknown> = Promise.resolve();
  const status = () => lanStatusOf(lanAddresses, open, server.port);
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  async function apply(wanted: string[]): Promise<void> {
    const plan = planListeners(lanAddresses, wanted);
    for (const address of plan.remove) {
      await server.unlisten(address);
      lanAddresses = lanAddresses.filter((a) => a !== address);
    }
    const added: string[] = [];
    try {
      for (const address of plan.add) {
        await server.listen(address);
        added.push(address);
        lanAddresses = [...lanAddresses, address];
      }
    } catch (error) {
      // All or nothing for this open: the listeners it added go again.
      for (const address of added) await server.unlisten(address);
      lanAddresses = lanAddresses.filter((a) => !added.includes(a));
      const failed = plan.add[added.length] ?? '';
      logger.error('cannot open the office network', { address: failed, error: String(error) });
      throw new DomainError('unavailable', 'lan.errors.listenFailed', {
        address: failed,
        port: server.port,
        reason: (error as NodeJS.ErrnoException).code ?? String(error),
      });
    }
  }

  return {
    status,
    open: () =>
      serially(async () => {
        const wanted = [...new Set(officeAddresses())].filter((a) => a !== LOOPBACK).sort();
        if (wanted.length === 0) throw new DomainError('unavailable', 'lan.errors.noAddress', {});
        await apply(wanted);
        open = true;
        logger.info('office network open', { addresses: lanAddresses, port: server.port });
        return status();
      }),
    close: () =>
      serially(async () => {
        await apply([]);
        open = false;
        logger.info('office network closed', { port: server.port });
        return status();
      }),
  };
}

export type WebTransport = { server: HostServer; lan: LanPort; close(): Promise<void> };

/**
 * Starts the web transport on loopback for this core and gives the core its LanPort;
 * `lan: true` opens the office network at once. With `fallbackToAnyPort`, a port in use
 * is replaced by a free one (the desktop app: its window does not need the port).
 */
export async function startWebTransport(
  options: Omit<HostServerOptions, 'addresses' | 'core' | 'firstPage'> & {
    core: Pick<HostCore, 'dispatch' | 'subscriptions' | 'guestPrincipal' | 'presence' | 'useLan' | 'librarySeq'>;
    officeAddresses?: () => string[];
    fallbackToAnyPort?: boolean;
    /** Renders staff links' first page (prerenderModule.ts); absent, pages are served as built. */
    prerenderer?: () => LibraryPrerenderer | null;
  },
): Promise<WebTransport> {
  const { core, officeAddresses, fallbackToAnyPort, prerenderer, ...serverOptions } = options;
  let indexHtml: string | null = null;
  const firstPage =
    prerenderer &&
    createFirstPageRenderer({
      core,
      prerenderer,
      indexHtml: () => (indexHtml ??= readFileSync(path.join(options.rendererDir, 'index.html'), 'utf8')),
      logger: options.logger,
    });
  let server: HostServer;
  try {
    server = await startHostServer({ ...serverOptions, firstPage, core, addresses: [LOOPBACK] });
  } catch (error) {
    if (!fallbackToAnyPort || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    options.logger.warn('port in use: listening on a free one', { port: options.port });
    server = await startHostServer({ ...serverOptions, firstPage, core, addresses: [LOOPBACK], port: 0 });
  }
  const lan = createLanController({ server, officeAddresses, logger: options.logger });
  core.useLan(lan);
  return {
    server,
    lan,
    async close() {
      core.useLan(null);
      await server.close();
    },
  };
}
