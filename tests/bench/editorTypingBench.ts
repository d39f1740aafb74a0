// The editor at 1,000 injects, measured where the user feels it: in Chromium, against
// the built host (`dist/`). Each keystroke is timed in the page, from the keydown's own
// time stamp (when the browser took the key, so time spent queued behind other work
// counts) to just after the first frame in which the title field shows the character.
// Opening the MSEL tab is timed from the click to the frame that shows the table.
// The typed text must be in the field and, after the autosave, in the library, or the
// figures are wrong rows: a broken editor that drops keys cannot look fast.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { catalogues } from '../../shared/i18n/catalogues';
import { callInPage } from '../e2e/support/apiInPage';
import { largeExercise } from '../support/largeExercise';
import { judge, type BenchReport } from './report';
import { STAFF_LINK_PATTERN, tokenOfLink } from '../support/staffLink';

const INJECTS = 1_000;
const KEYS = 100;
/** Between two keys: a fast typist (about 12 keys a second). */
const KEY_GAP_MS = 80;
/** After every this many keys a pause long enough for the autosave and the full check to run. */
const BURST = 25;
const PAUSE_MS = 1_200;
const TYPING_TARGET_MS = 50;
const OPEN_TARGET_MS = 1_000;

const en = catalogues.en.editor as {
  tabs: Record<string, string>;
  injects: Record<string, string>;
  save: Record<string, string>;
};

type Host = { url: string; stop(): void };

/** The built headless host on a free loopback port and a temp data folder. */
async function startHost(root: string, dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, [path.join(root, 'dist/host/cli.cjs'), '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const match = STAFF_LINK_PATTERN.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${out}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/**
 * Installs the keystroke clock in the page: every keydown in `selector` gets a sample
 * once a frame has been produced that shows the field holding one more character.
 */
async function installKeyClock(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    const field = document.querySelector<HTMLInputElement>(selector)!;
    const samples: number[] = [];
    (window as unknown as { keySamples: number[] }).keySamples = samples;
    field.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        const lengthBefore = field.value.length;
        const channel = new MessageChannel();
        // A task posted from a frame callback runs after that frame has been painted.
        channel.port1.onmessage = () => samples.push(performance.now() - start);
        const frame = () => {
          const shown = document.querySelector<HTMLInputElement>(selector);
          if (shown && shown.value.length > lengthBefore) channel.port2.postMessage(null);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      },
      { capture: true },
    );
  }, selector);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runEditorTypingBench(log: (line: string) => void, root: string): Promise<BenchReport> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drillbook-bench-editor-'));
  const host = await startHost(root, dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    headless: true,
  });
  try {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const token = tokenOfLink(host.url);
    await page.goto(host.url);
    const created = (await callInPage(page, token, 'library.create', largeExercise('en', INJECTS))) as { id: string };
    await page.goto(`${new URL(host.url).origin}/#/exercises/${created.id}`);
    await page.getByRole('tab', { name: en.tabs.overview }).waitFor();

    // Opening the MSEL: from the click until a frame shows its rows.
    const opened = await page.evaluate((tabName) => {
      const tab = [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((el) =>
        el.textContent?.startsWith(tabName),
      );
      return new Promise<{ ms: number; rowCount: number }>((resolve) => {
        const start = performance.now();
        tab!.click();
        const frame = () => {
          const table = document.querySelector('table.msel');
          if (table?.querySelector('tbody tr[aria-rowindex]')) {
            const channel = new MessageChannel();
            const rowCount = Number(table.getAttribute('aria-rowcount'));
            channel.port1.onmessage = () => resolve({ ms: performance.now() - start, rowCount });
            channel.port2.postMessage(null);
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    }, en.tabs.injects!);

    // An inject in view (the table puts only those in the page), its title field, the caret at the end.
    const number = '12';
    await page.getByRole('button', { name: new RegExp(`^${en.injects.open!.split('{{')[0]}${number}:`) }).click();
    const form = page.locator('section.inject-form');
    const title = form.getByRole('textbox', { name: en.injects.title, exact: true });
    await title.click();
    await page.keyboard.press('End');
    const before = await title.inputValue();
    await title.evaluate((el) => el.setAttribute('data-bench', 'title'));
    await installKeyClock(page, 'input[data-bench=title]');

    const typed = Array.from({ length: KEYS }, (_, k) => 'abcdefghijklmnopqrstuvwxyz'[k % 26]!).join('');
    for (const [k, char] of [...typed].entries()) {
      await page.keyboard.press(char);
      await sleep((k + 1) % BURST === 0 ? PAUSE_MS : KEY_GAP_MS);
    }
    await page.waitForFunction((n) => (window as unknown as { keySamples: number[] }).keySamples.length >= n, KEYS);
    const samples = await page.evaluate(() => (window as unknown as { keySamples: number[] }).keySamples);
    const shown = await title.inputValue();
    // Saved: the status says so, and the library holds the text.
    await page.getByRole('status').filter({ hasText: en.save.saved }).waitFor({ timeout: 30_000 });
    const stored = (await callInPage(page, token, 'library.get', { id: created.id })) as {
      injects: { number: string; title: string }[];
    };
    const storedTitle = stored.injects.find((i) => i.number === number)?.title;

    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    log(
      `editor at ${INJECTS} injects: ${samples.length} keys, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms; MSEL tab opened in ${opened.ms.toFixed(0)} ms`,
    );
    const rows = [
      { query: 'keys timed', expected: KEYS, got: samples.length },
      {
        query: 'characters in the field',
        expected: before.length + KEYS,
        got: shown === before + typed ? shown.length : -1,
      },
      { query: 'title saved in the library', expected: 1, got: storedTitle === before + typed ? 1 : 0 },
    ];
    return {
      counts: { editor_injects: INJECTS },
      timings: {
        editor_typing_p50_ms_1000: judge(p50, TYPING_TARGET_MS, rows),
        editor_typing_p95_ms_1000: judge(p95, TYPING_TARGET_MS, rows),
        editor_msel_open_ms_1000: judge(opened.ms, OPEN_TARGET_MS, [
          // The table stands for every inject (header row included), though only those in view are in the page.
          { query: 'MSEL table rows', expected: INJECTS + 1, got: opened.rowCount },
        ]),
      },
    };
  } finally {
    await browser.close();
    host.stop();
    await sleep(300);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
