// A staff link's page as the host serves it: with the library's first page rendered into
// it for the key's holder, and never for anyone else.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebTransport } from '../../../electron/host/lanController';
import { createRecordingLogger } from '../../../electron/host/ports';
import { FIRST_PAGE_ELEMENT_ID, LOCALE_COOKIE } from '../../../shared/api/endpoints';
import { readFirstPageData, type LibraryPrerenderer } from '../../../shared/api/firstPage';
import { prerenderer } from '../../../renderer/prerender';
import { facilitator, testCore } from '../../support/core';
import { tempDir } from '../../support/temp';
import { connect } from '../../support/wsClient';

const TOKEN = 'staff-key-for-tests';
const INDEX =
  '<!doctype html>\n<html lang="en"><head><title>Drillbook</title></head><body><div id="root"></div></body></html>';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

async function start(withPrerenderer: (() => LibraryPrerenderer | null) | null = () => prerenderer) {
  const { core } = testCore();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  const logger = createRecordingLogger();
  const web = await startWebTransport({
    core,
    rendererDir,
    port: 0,
    token: TOKEN,
    logger,
    ...(withPrerenderer ? { prerenderer: withPrerenderer } : {}),
  });
  cleanup.push(
    () => core.close(),
    () => web.close(),
  );
  return { core, logger, port: web.server.port };
}

type Page = { status: number; headers: http.IncomingHttpHeaders; body: string };

function get(port: number, pathAndQuery: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET') {
  return new Promise<Page>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathAndQuery, method, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const dataOf = (html: string) => {
  const match = new RegExp(`<script type="application/json" id="${FIRST_PAGE_ELEMENT_ID}">([^<]*)</script>`).exec(html);
  return match ? readFirstPageData(match[1]!) : null;
};

async function createExercises(core: ReturnType<typeof testCore>['core'], titles: string[]) {
  for (const title of titles) {
    const created = await core.dispatch('library.create', { title }, facilitator);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
  }
}

describe("a staff link's page", () => {
  it('comes with the library’s first page in it, rendered and as data, never kept by a cache', async () => {
    const { core, port } = await start();
    await createExercises(core, ['Diễn tập chữa cháy', '反恐演習']);
    const page = await get(port, `/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('class="exercise-card"');
    expect(page.body).toContain('Diễn tập chữa cháy');
    expect(page.body).toContain('反恐演習');
    const data = dataOf(page.body);
    expect(data?.page.total).toBe(2);
    expect(data?.page.items.map((item) => item.title).sort()).toEqual(['Diễn tập chữa cháy', '反恐演習']);
  });

  it('is only the page as built to anyone without the key: no title of the library in it', async () => {
    const { core, port } = await start();
    await createExercises(core, ['Bí mật']);
    for (const query of [
      '/',
      '/?token=wrong-key',
      `/?token=${TOKEN.slice(0, -1)}`,
      '/?guest=1',
      `/other?token=${TOKEN}`,
    ]) {
      const page = await get(port, query);
      expect(page.body, query).toBe(INDEX);
      expect(page.body, query).not.toContain('Bí mật');
    }
  });

  it('is in the language the browser chose here, else in its first language', async () => {
    const { core, port } = await start();
    await createExercises(core, ['Test']);
    const chosen = await get(port, `/?token=${TOKEN}`, { cookie: `${LOCALE_COOKIE}=vi`, 'accept-language': 'en' });
    expect(chosen.body).toContain('<html lang="vi"');
    expect(chosen.body).toContain('Thư viện diễn tập');
    const browser = await get(port, `/?token=${TOKEN}`, { 'accept-language': 'zh-TW,zh;q=0.9' });
    expect(dataOf(browser.body)?.locale).toBe('zh-Hant');
  });

  it('carries the library’s change counter: a change made after it reaches a socket that follows from there', async () => {
    const { core, port } = await start();
    await createExercises(core, ['Before']);
    const seq = dataOf((await get(port, `/?token=${TOKEN}`)).body)!.librarySeq;
    await createExercises(core, ['After']);
    const staff = await connect(port, TOKEN);
    cleanup.push(() => staff.ws.terminate());
    const answered = await staff.value<{ seq: number }>('events.subscribe', { topic: 'library', afterSeq: seq });
    expect(answered.seq).toBeGreaterThan(seq);
    await staff.next((frame) => frame.type === 'event' && frame.name === 'library.changed');
  });

  it('is the page as built when the host has no module to render it with', async () => {
    const { core, port } = await start(() => null);
    await createExercises(core, ['Test']);
    expect((await get(port, `/?token=${TOKEN}`)).body).toBe(INDEX);
  });

  it('is the page as built when rendering fails, and the failure is logged', async () => {
    const failing: LibraryPrerenderer = { query: prerenderer.query, render: () => Promise.reject(new Error('boom')) };
    const { logger, port } = await start(() => failing);
    const page = await get(port, `/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX);
    expect(logger.entries.some((e) => e.level === 'error' && JSON.stringify(e).includes('boom'))).toBe(true);
  });

  it('answers HEAD with the headers alone', async () => {
    const { port } = await start();
    const page = await get(port, `/?token=${TOKEN}`, {}, 'HEAD');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toBe('');
  });
});
