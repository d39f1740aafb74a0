// The lint rules that keep tests honest and layers apart, run through ESLint's own
// API on snippets placed (by file path) where the rule should bite. Each case also
// has a harmless twin, so a rule that flags everything cannot pass.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/**
 * The errors ESLint reports for `code` as if it lived at `file` (relative to the
 * root), by rule id; a parse error shows as its message. Unused imports are left
 * out: the snippets import only to be judged on where from.
 */
async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages
    .filter((m) => m.severity === 2 && m.ruleId !== '@typescript-eslint/no-unused-vars')
    .map((m) => m.ruleId ?? m.message);
}

describe('lint refuses focused and skipped tests', () => {
  const header = "import { describe, it, test } from 'vitest';\n";
  it.each([
    "it.only('a', () => {});",
    "describe.only('a', () => {});",
    "test.only('a', () => {});",
    "it.skip('a', () => {});",
    "describe.skip('a', () => {});",
    "it.todo('a');",
    "it.skip.each([1])('a %s', () => {});",
    "test.concurrent.only('a', () => {});",
    "it('a', { only: true }, () => {});",
    "it('a', { skip: true }, () => {});",
    "fit('a', () => {});",
    "xit('a', () => {});",
    "fdescribe('a', () => {});",
    "xdescribe('a', () => {});",
  ])('%s', async (line) => {
    expect(await ruleIds('tests/unit/example.test.ts', header + line + '\n')).toEqual(['no-restricted-syntax']);
  });

  it('lets ordinary, parameterised and timed tests through', async () => {
    const code = [
      header,
      "describe('a', () => {",
      "  it('b', () => {});",
      "  it.each([1])('c %s', () => {});",
      "  test('d', { timeout: 5000 }, () => {});",
      '});',
    ].join('\n');
    expect(await ruleIds('tests/unit/example.test.ts', code)).toEqual([]);
  });
});

describe('lint keeps the layers apart', () => {
  it.each([
    ['renderer/api/example.ts', "import { CALL_CHANNEL } from '../../electron/shell/ipcAdapter';"],
    ['renderer/screens/editor/Example.tsx', "import type { Core } from '../../../electron/host/core';"],
    ['renderer/example.ts', "export { openDatabase } from '../electron/db/open';"],
    ['shared/api/example.ts', "import { SECURITY_HEADERS } from '../../electron/host/httpSecurity';"],
    ['shared/model/example.ts', "import type { DrillbookApi } from '../../renderer/api/client';"],
    ['shared/example.ts', "import { App } from '../renderer/App';"],
    ['renderer/example.ts', "import { ipcRenderer } from 'electron';"],
    ['shared/example.ts', "import { app } from 'electron';"],
    ['electron/host/example.ts', "import { app } from 'electron';"],
  ])('%s: %s', async (file, line) => {
    expect(await ruleIds(file, line + '\n')).toContain('no-restricted-imports');
  });

  it.each([
    ['renderer/api/example.ts', "import { MENU_ACTIONS } from '../../shared/api/bridge';"],
    ['renderer/screens/example.ts', "import { App } from '../App';"],
    ['shared/api/example.ts', "import { DomainError } from './errors';"],
    ['electron/host/example.ts', "import { MENU_ACTIONS } from '../../shared/api/bridge';"],
    ['electron/host/example.ts', "import { openDatabase } from '../db/open';"],
    ['electron/shell/example.ts', "import { app } from 'electron';"],
    ['tests/unit/example.test.ts', "import { openDatabase } from '../../electron/db/open';"],
  ])('allows %s: %s', async (file, line) => {
    expect(await ruleIds(file, line + '\n')).toEqual([]);
  });
});
