// Debian's Chromium under playwright-core, and the checks the end-to-end tests make
// of a page: requests to other hosts, controls without a name, screenshots. Tests
// start it through useBrowserAndHost (browserAndHost.ts).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../test-results/screenshots');

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
  });
}

/** Requests that went anywhere but the given hosts (the app's own, across restarts). */
export function foreignRequests(requests: readonly string[], ...origins: string[]): string[] {
  const hosts = new Set(origins.map((o) => new URL(o).host));
  return requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return !hosts.has(parsed.host);
  });
}

/**
 * Runs `capture` with everything on the page rendered: content the app leaves unrendered
 * until it scrolls near (content-visibility: auto, the library's cards) would come out
 * blank in a full-page shot, where someone scrolling down sees it. Set through the CSSOM,
 * which the app's Content-Security-Policy allows (an injected <style> it refuses).
 */
async function renderingAll<T>(page: Page, capture: () => Promise<T>): Promise<T> {
  await page.evaluate(() => {
    const deferred = [...document.querySelectorAll<HTMLElement>('*')].filter(
      (el) => getComputedStyle(el).contentVisibility === 'auto',
    );
    for (const el of deferred) el.style.setProperty('content-visibility', 'visible');
    (window as { __renderedForShot?: HTMLElement[] }).__renderedForShot = deferred;
  });
  try {
    return await capture();
  } finally {
    await page.evaluate(() => {
      const w = window as { __renderedForShot?: HTMLElement[] };
      for (const el of w.__renderedForShot ?? []) el.style.removeProperty('content-visibility');
      delete w.__renderedForShot;
    });
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await renderingAll(page, () => page.screenshot({ path: file, fullPage: true }));
  return file;
}

const CONTROL_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'checkbox',
  'radio',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'menuitem',
]);

type AXNode = { ignored?: boolean; role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number };

/**
 * Every control on the page without an accessible name, as Chromium's own
 * accessibility tree computes it (what a screen reader would announce).
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? '') && !String(n.name?.value ?? '').trim())
      .map((n) => `${n.role?.value} (DOM node ${n.backendDOMNodeId})`);
  } finally {
    await cdp.detach();
  }
}
