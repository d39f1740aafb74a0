import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, defaultDataDir, parseHostArgs } from '../../../electron/host/cliArgs';
import { DomainError } from '../../../shared/api/errors';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('host arguments', () => {
  it('defaults: port 7420, the desktop data dir, loopback', () => {
    expect(parseHostArgs([], '/data')).toEqual({
      port: DEFAULT_PORT,
      dataDir: path.resolve('/data'),
      lan: false,
      help: false,
    });
  });

  it('reads --port, --data-dir and --lan', () => {
    expect(parseHostArgs(['--port', '0', '--data-dir', 'x/y', '--lan'], '/d')).toEqual({
      port: 0,
      dataDir: path.resolve('x/y'),
      lan: true,
      help: false,
    });
  });

  it.each([['abc'], ['65536'], ['80.5'], ['']])('refuses port %j with a translated key', (port) => {
    expect(errorOf(() => parseHostArgs(['--port', port], '/d')).messageKey).toBe('common.host.badPort');
  });

  it('refuses unknown options and stray words', () => {
    expect(errorOf(() => parseHostArgs(['--lna'], '/d')).messageKey).toBe('common.host.badArgument');
    expect(errorOf(() => parseHostArgs(['serve'], '/d')).messageKey).toBe('common.host.badArgument');
    // "-1" reads as an option, not a value: still a clear error, not a silent default.
    expect(errorOf(() => parseHostArgs(['--port', '-1'], '/d')).code).toBe('invalid_input');
  });

  it('matches Electron userData folders per platform', () => {
    expect(defaultDataDir('linux', {}, '/home/u')).toBe(path.join('/home/u', '.config', 'Drillbook'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe(path.join('/x', 'Drillbook'));
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe(
      path.join('/Users/u', 'Library', 'Application Support', 'Drillbook'),
    );
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toContain(
      'Drillbook',
    );
  });
});
