// One start-up for every end-to-end file: Chromium and the real host, started on
// first use and stopped after the file; pages in as many browser contexts as a test
// needs (a facilitator, two teams and a projector at once), closed after each test;
// and, after each test, the check that no page of any context sent a request to
// anything but a host this file started. So every browser test fails on a foreign
// request without asking.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { foreignRequests, launchBrowser } from './browser';
import { startHost as spawnHost, type RunningHost } from './host';

export type PageOptions = { locale?: string; width?: number };
export type OpenedPage = { page: Page; context: BrowserContext };

/**
 * Every request the pages of `context` send, present and future pages alike,
 * WebSockets included, appended to `requests`.
 */
export function recordRequests(context: BrowserContext, requests: string[]): void {
  context.on('request', (request) => requests.push(request.url()));
  const watchSockets = (page: Page) => page.on('websocket', (ws) => requests.push(ws.url()));
  context.pages().forEach(watchSockets);
  context.on('page', watchSockets);
}

export function useBrowserAndHost() {
  let browser: Promise<Browser> | undefined;
  let sharedHost: Promise<RunningHost> | undefined;
  const dataDirs: string[] = [];
  const origins = new Set<string>(); // every host this file started, stopped ones too
  const testHosts: RunningHost[] = [];
  const contexts: BrowserContext[] = [];
  const requests: string[] = [];

  function freshDataDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drillbook-e2e-'));
    dataDirs.push(dir);
    return dir;
  }

  async function start(dataDir: string, args: string[]): Promise<RunningHost> {
    const host = await spawnHost(dataDir, args);
    origins.add(host.origin);
    return host;
  }

  afterEach(async () => {
    // Read before closing: a context closing mid-navigation still counts what it sent.
    const foreign = foreignRequests(requests.splice(0), ...origins);
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    await Promise.all(testHosts.splice(0).map((h) => h.stop()));
    expect(foreign, 'requests to anything but this test file’s own hosts').toEqual([]);
  });

  afterAll(async () => {
    await (await browser?.catch(() => undefined))?.close();
    await (await sharedHost?.catch(() => undefined))?.stop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Chromium, launched on first use and shared by the file. */
  function sharedBrowser(): Promise<Browser> {
    return (browser ??= launchBrowser());
  }

  return {
    browser: sharedBrowser,

    /** The file's own host on a fresh data folder, started on first use, stopped after the file. */
    host(): Promise<RunningHost> {
      return (sharedHost ??= start(freshDataDir(), []));
    },

    /**
     * Another host for this test only (a fresh data folder unless one is given; the
     * same folder again to restart), stopped after the test if it has not been.
     */
    async startHost(dataDir: string = freshDataDir(), args: string[] = []): Promise<RunningHost> {
      const host = await start(dataDir, args);
      testHosts.push(host);
      return host;
    },

    /** A fresh data folder, removed after the file. */
    dataDir: freshDataDir,

    /**
     * A page in a browser context of its own (its own storage, language and width):
     * call once per person at the table. Closed after the test.
     */
    async newPage({ locale = 'en-US', width = 1200 }: PageOptions = {}): Promise<OpenedPage> {
      const context = await (await sharedBrowser()).newContext({ locale, viewport: { width, height: 800 } });
      contexts.push(context);
      recordRequests(context, requests);
      return { page: await context.newPage(), context };
    },

    /** What the pages of this test have requested so far. */
    requests(): readonly string[] {
      return requests;
    },
  };
}
