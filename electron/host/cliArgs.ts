// `npm run host` arguments, parsed purely so every mistake gets a clear message.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '../../shared/api/errors';

export type HostArgs = { port: number; dataDir: string; lan: boolean; help: boolean };
export const DEFAULT_PORT = 7420;

/** Where Electron keeps userData for "Drillbook", so the desktop app and the host share a library. */
export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Drillbook');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Drillbook');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Drillbook');
}

export function parseHostArgs(argv: string[], dataDirDefault = defaultDataDir()): HostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        lan: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new DomainError('invalid_input', 'common.host.badArgument', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const portText = values.port ?? String(DEFAULT_PORT);
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new DomainError('invalid_input', 'common.host.badPort', { port: portText });
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') {
    throw new DomainError('invalid_input', 'common.host.badDataDir', {});
  }
  return { port, dataDir: path.resolve(dataDir ?? dataDirDefault), lan: values.lan, help: values.help };
}
