// `npm run host`: the same app without Electron. Opens the host core on a data
// directory and serves the renderer and the API on loopback (the LAN with --lan, or
// once the facilitator opens it from the console).
import path from 'node:path';
import { DomainError } from '../../shared/api/errors';
import { pickLocale } from '../../shared/i18n/locales';
import { createTranslator } from '../../shared/i18n/translator';
import { TOKEN_PARAM } from '../../shared/api/endpoints';
import { parseHostArgs } from './cliArgs';
import { openHostCore, type HostCore } from './core';
import { LOOPBACK } from './lan';
import { startWebTransport, type WebTransport } from './lanController';
import { PRERENDER_FILE, prerendererLoader } from './prerenderModule';
import { createConsoleLogger } from './ports';

declare const __DRILLBOOK_VERSION__: string;

// The operator's terminal language, as the OS reports it (LANG=vi_VN.UTF-8 …).
const t = createTranslator(
  pickLocale([process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].filter((v): v is string => !!v)),
);

/** A translated sentence that says what to do, never a stack trace; exit status 2. */
function fail(error: unknown, dataDir = ''): never {
  const failure =
    error instanceof DomainError
      ? error
      : new DomainError('internal', 'errors.startupFailed', {
          dataDir,
          detail: error instanceof Error ? error.message : String(error),
        });
  process.stderr.write(t(failure.messageKey, failure.details) + '\n');
  process.exit(2);
}

async function main() {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    fail(error);
  }
  if (args.help) {
    process.stdout.write(t('common.host.usage') + '\n');
    return;
  }
  const logger = createConsoleLogger();
  let core: HostCore;
  try {
    core = openHostCore({
      dataDir: args.dataDir,
      appVersion: __DRILLBOOK_VERSION__,
      resourcesDir: path.join(__dirname, '..', '..', 'resources'),
      // Bundled beside this file (dist/host/) by scripts/build-main.mjs.
      parseWorkerFile: path.join(__dirname, 'parseWorker.cjs'),
      logger,
    });
  } catch (error) {
    fail(error, args.dataDir);
  }
  // The printed link is the key to this library; it is kept in the data folder, so the
  // same link works after a restart.
  const token = core.staffKey;
  let web: WebTransport;
  try {
    web = await startWebTransport({
      core,
      rendererDir: path.join(__dirname, '..', 'renderer'),
      // Bundled beside this file (dist/host/) by scripts/build-main.mjs.
      prerenderer: prerendererLoader(path.join(__dirname, PRERENDER_FILE), logger),
      port: args.port,
      token,
      logger,
    });
  } catch (error) {
    core.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(new DomainError('conflict', 'common.host.portInUse', { port: args.port }));
    throw error;
  }
  // The key in the query, so the host can send the page with the library's first page in it.
  const link = (address: string) => `http://${address}:${web.server.port}/?${TOKEN_PARAM}=${token}`;
  process.stdout.write(t('common.host.listening', { url: link(LOOPBACK) }) + '\n');
  process.stdout.write(t('common.host.dataDir', { dir: core.dataDir }) + '\n');
  for (const notice of core.notices) process.stdout.write(t(notice.messageKey, notice.details) + '\n');
  if (args.lan) {
    try {
      const status = await web.lan.open();
      for (const { address } of status.addresses)
        process.stdout.write(t('common.host.lanOpen', { url: link(address) }) + '\n');
    } catch (error) {
      // Loopback still serves: say why the office network stays closed, and carry on
      // (the facilitator can open it from the console once the network is there).
      if (!(error instanceof DomainError)) throw error;
      const message =
        error.messageKey === 'lan.errors.noAddress' ? t('common.host.lanNone') : t(error.messageKey, error.details);
      process.stdout.write(message + '\n');
    }
  } else {
    process.stdout.write(t('common.host.loopbackOnly') + '\n');
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void web.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
