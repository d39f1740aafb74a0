// The real WebSocket host on a free loopback port, for integration tests: a core from
// testCore(), an empty renderer folder, and a fixed staff token. Returns the server and
// what closes both, in the order they must close.
import fs from 'node:fs';
import path from 'node:path';
import type { HostCore } from '../../electron/host/core';
import { createRecordingLogger } from '../../electron/host/ports';
import { startHostServer, type HostServer } from '../../electron/host/server';
import { tempDir } from './temp';

export async function serveCore(
  core: HostCore,
  token: string,
): Promise<{ server: HostServer; close: (() => void | Promise<void>)[] }> {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Drillbook</title>');
  const server = await startHostServer({
    core,
    rendererDir,
    addresses: ['127.0.0.1'],
    port: 0,
    token,
    logger: createRecordingLogger(),
  });
  return { server, close: [() => core.close(), () => server.close()] };
}
