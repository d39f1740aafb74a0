import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../../electron/host/ports';
import { serveAppRequest } from '../../../electron/shell/appProtocol';
import { contentSecurityPolicy } from '../../../electron/shell/security';

let base: string;
let root: string;
const logger = createRecordingLogger();

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'drillbook-app-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets', 'folder.js'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Drillbook</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(root, new Request(url, { method }), logger);

describe('serveAppRequest', () => {
  it('serves the page with its type and the CSP', async () => {
    const response = await get('app://drillbook/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Drillbook</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets and falls back to index.html for routes', async () => {
    const script = await get('app://drillbook/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect(await (await get('app://drillbook/library/123')).text()).toContain('Drillbook');
    expect(await (await get('app://drillbook/')).text()).toContain('Drillbook');
  });

  it('answers 404, with the CSP, for traversal, other hosts, missing files and folders', async () => {
    for (const url of [
      'app://drillbook/%2e%2e/secret.txt',
      'app://drillbook/assets/..%2f..%2f..%2fsecret.txt',
      'app://other/index.html',
      'app://drillbook/assets/missing.js',
      'app://drillbook/assets/folder.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('do not serve');
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy());
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://drillbook/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://drillbook/index.html', 'POST')).status).toBe(405);
    expect((await get('app://drillbook/index.html', 'PUT')).status).toBe(405);
  });
});
