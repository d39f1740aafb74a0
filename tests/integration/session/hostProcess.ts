// The headless host as a child process for the crash test (killHost.test.ts bundles this
// with esbuild): opens the core on a data folder, serves the API on a free loopback port,
// and prints {"port": …} once it is ready. Arguments: data folder, resources, renderer,
// parse worker. DRILLBOOK_TEST_PORT: a port to listen on instead (a restart where the
// participants' browsers expect it).
import { openHostCore } from '../../../electron/host/core';
import { createConsoleLogger } from '../../../electron/host/ports';
import { startHostServer } from '../../../electron/host/server';

async function main() {
  const [dataDir, resourcesDir, rendererDir, parseWorkerFile] = process.argv.slice(2);
  const logger = createConsoleLogger();
  const core = openHostCore({
    dataDir: dataDir!,
    appVersion: '0.0.0-test',
    resourcesDir: resourcesDir!,
    parseWorkerFile: parseWorkerFile!,
    logger,
  });
  const server = await startHostServer({
    core,
    rendererDir: rendererDir!,
    addresses: ['127.0.0.1'],
    port: Number(process.env.DRILLBOOK_TEST_PORT ?? 0),
    token: process.env.DRILLBOOK_TEST_TOKEN ?? '',
    logger,
  });
  process.stdout.write(JSON.stringify({ port: server.port }) + '\n');
}

void main();
