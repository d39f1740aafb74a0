// electron-builder.yml: valid for electron-builder itself, and the settings that keep
// the packaged app offline and hardened are present. js-yaml and app-builder-lib come
// with electron-builder (a devDependency); they are loaded through require because
// js-yaml ships no types.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean }): Promise<void>;
};

const root = path.resolve(import.meta.dirname, '../../..');
type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  asarUnpack: string[];
  files: string[];
  win: { target: { target: string }[] };
  nsis: Record<string, unknown>;
  linux: { target: string[]; category: string; maintainer: string };
  mac: { target: string };
  directories: { output: string };
};
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own configuration schema', async () => {
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
  });

  it('would fail that schema with a misspelt option (the check is real)', async () => {
    await expect(validateConfiguration({ ...config, publsh: null }, { isEnabled: false })).rejects.toThrow(/publsh/);
  });

  it('names the app and packs the build output into release/', () => {
    expect(config.appId).toBe('org.drillbook.app');
    expect(config.productName).toBe('Drillbook');
    expect(config.directories.output).toBe('release');
    expect(config.directories).not.toHaveProperty('buildResources', 'resources');
    expect(config.files).toContain('dist/**/*');
    expect(config.files).toContain('package.json');
    expect(config.files).toContain('resources/icons/icon.png');
    expect(config.files).toContain('resources/templates/**/*');
  });

  it('publishes nothing and updates nothing', () => {
    expect(config).toHaveProperty('publish', null);
    for (const key of ['nsis', 'portable', 'linux', 'mac', 'win', 'dmg', 'deb', 'appImage']) {
      expect((config[key] as Record<string, unknown> | undefined)?.publish ?? null, key).toBeNull();
    }
  });

  it('does not rebuild native modules and unpacks better-sqlite3 from the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack.some((p) => p.startsWith('node_modules/better-sqlite3/') && p.includes('.node'))).toBe(
      true,
    );
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/prebuilds/**');
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds nsis and portable for Windows, AppImage and deb for Linux, dmg for macOS', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(['Office', 'Education']).toContain(config.linux.category);
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.mac.target).toBe('dmg');
  });

  it('points at icons that exist: a 512×512 PNG and its SVG source', () => {
    const png = fs.readFileSync(path.join(root, 'resources/icons/icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.readUInt32BE(16)).toBe(512); // IHDR width
    expect(png.readUInt32BE(20)).toBe(512); // IHDR height
    expect(config.icon).toBe('resources/icons/icon.png');
    expect(fs.readFileSync(path.join(root, 'resources/icons/icon.svg'), 'utf8')).toMatch(
      /<svg[^>]+viewBox="0 0 512 512"/,
    );
  });
});
