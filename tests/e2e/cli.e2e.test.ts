// `npm run host` as an operator meets it: messages in the terminal's language, a clear
// refusal for bad arguments and for a data folder another instance holds.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserAndHost } from './support/browserAndHost';
import { tempDir } from '../support/temp';

const CLI = path.resolve(__dirname, '../../dist/host/cli.cjs');
// Hosts only: the browser starts on first use, and this file never asks for it.
const e2e = useBrowserAndHost();

function run(args: string[], lang: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, LANG: lang, LC_ALL: '' },
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('the host command line', () => {
  it('prints usage in the terminal language', () => {
    expect(run(['--help'], 'vi_VN.UTF-8')).toMatchObject({ code: 0, out: expect.stringContaining('Cách dùng') });
    expect(run(['--help'], 'zh_CN.UTF-8').out).toContain('用法');
  });

  it('refuses a bad port or an unknown option with exit code 2 and a translated reason', () => {
    expect(run(['--port', 'abc'], 'zh_TW.UTF-8')).toEqual({
      code: 2,
      out: '連接埠必須是 0 到 65535 之間的數字（收到「abc」）。\n',
    });
    const unknown = run(['--lna'], 'en_US.UTF-8');
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('--help');
  });

  it('refuses a data folder that another host holds, naming it', async () => {
    const dataDir = e2e.dataDir();
    const first = await e2e.startHost(dataDir);
    const second = run(['--port', '0', '--data-dir', dataDir], 'vi_VN.UTF-8');
    expect(second.code).toBe(2);
    expect(second.out).toContain(`Thư mục dữ liệu ${dataDir} đang được mở`);
    await first.stop();
    // Once the first has stopped, the folder opens again.
    const third = await e2e.startHost(dataDir);
    expect(third.output()).toContain('Drillbook is running at');
  });

  it('refuses a data folder on a broken disk with a sentence, not a stack trace', () => {
    const dataDir = tempDir('drillbook-cli-');
    fs.writeFileSync(path.join(dataDir, 'drillbook.sqlite'), randomBytes(8192));
    const foreign = run(['--port', '0', '--data-dir', dataDir], 'zh_CN.UTF-8');
    expect(foreign.code).toBe(2);
    expect(foreign.out).toContain(`文件 ${path.join(dataDir, 'drillbook.sqlite')} 不是 Drillbook 演练库`);
    expect(foreign.out).not.toMatch(/\n\s+at /);
    const aFile = path.join(dataDir, 'notes.txt');
    fs.writeFileSync(aFile, 'x');
    const notAFolder = run(['--port', '0', '--data-dir', aFile], 'en_US.UTF-8');
    expect(notAFolder.code).toBe(2);
    expect(notAFolder.out).toContain(`The data folder ${aFile} is a file, not a folder`);
  });
});
