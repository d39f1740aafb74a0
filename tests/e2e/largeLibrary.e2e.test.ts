// A library of 2,500 exercises, seeded straight through the library service before the
// host starts: the screen says how many there are, renders one page of cards, and the
// last exercise is reached by paging (with the mouse, and by typing a page number)
// and opened. Screenshots in the four languages at desktop and phone width.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDatabase } from '../../electron/db/open';
import { DATABASE_FILE } from '../../electron/host/core';
import { createRecordingLogger } from '../../electron/host/ports';
import { createLibraryService } from '../../electron/services/library/libraryService';
import { LIBRARY_PAGE_SIZE } from '../../renderer/screens/library/paging';
import { screenshot, SCREENSHOT_DIR } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';

const e2e = useBrowserAndHost();
const COUNT = 2_500;
const SHOTS = path.join(SCREENSHOT_DIR, 'library');
const titleOf = (n: number) => `Exercise ${String(n).padStart(4, '0')}`;

/** Exercise 0001 … 2500, each a second newer than the one before: the oldest lists last. */
function seedLibrary(dataDir: string): void {
  const db = openDatabase(path.join(dataDir, DATABASE_FILE));
  try {
    let now = Date.parse('2026-11-01T08:00:00.000Z');
    const clock = { now: () => new Date(now) };
    const library = createLibraryService({ db, clock, logger: createRecordingLogger() });
    db.transaction(() => {
      for (let n = 1; n <= COUNT; n++) {
        now += 1000;
        library.create({ title: titleOf(n), description: `Tabletop drill number ${n}`, tags: [`batch-${n % 7}`] });
      }
    })();
  } finally {
    db.close();
  }
}

const LOCALES = [
  { locale: 'en-US', total: '2,500 exercises', last: 'Last page' },
  { locale: 'vi-VN', total: '2.500 bài diễn tập', last: 'Trang cuối' },
  { locale: 'zh-CN', total: '共 2,500 个演练', last: '末页' },
  { locale: 'zh-TW', total: '共 2,500 個演練', last: '最後一頁' },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await screenshot(page, `large-library-${name}`);
}

describe('a library of 2,500 exercises', () => {
  it('says how many there are and reaches the last one by paging, then opens it', { timeout: 240_000 }, async () => {
    const dataDir = e2e.dataDir();
    seedLibrary(dataDir);
    const host = await e2e.startHost(dataDir);
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(host.url);

    const list = page.getByRole('list', { name: 'Exercises' });
    await list.getByRole('link', { name: titleOf(COUNT), exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: '2,500 exercises' }).waitFor();
    await expect.poll(() => page.locator('.exercise-card').count()).toBe(LIBRARY_PAGE_SIZE);
    await expect(list.getByRole('link', { name: titleOf(1), exact: true }).count()).resolves.toBe(0);

    // Next page by keyboard: focus lands on the line saying which exercises these are.
    const pagesTop = page.getByRole('navigation', { name: 'Pages of the library' });
    await pagesTop.getByRole('button', { name: 'Next page' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'showing 49–96' }).waitFor();
    await list.getByRole('link', { name: titleOf(COUNT - LIBRARY_PAGE_SIZE), exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('list-summary'))).toBe(true);

    // A page number typed in the field: page 50 of 53 holds exercises 2,353–2,400 newest first.
    const pageField = pagesTop.getByRole('spinbutton', { name: 'Page number' });
    await pageField.fill('50');
    await pageField.press('Enter');
    await page.getByRole('status').filter({ hasText: 'showing 2,353–2,400' }).waitFor();
    await list.getByRole('link', { name: titleOf(148), exact: true }).waitFor();

    // The last page, from the controls below the list, holds the oldest exercise.
    const pagesBottom = page.getByRole('navigation', { name: 'Pages, below the list' });
    await pagesBottom.getByRole('button', { name: 'Last page' }).click();
    await page.getByRole('status').filter({ hasText: 'showing 2,497–2,500' }).waitFor();
    const oldest = list.getByRole('link', { name: titleOf(1), exact: true });
    await oldest.waitFor();
    await expect
      .poll(() => page.locator('.exercise-card').count())
      .toBe(COUNT % LIBRARY_PAGE_SIZE || LIBRARY_PAGE_SIZE);
    await expect(pagesBottom.getByRole('button', { name: 'Next page' }).isDisabled()).resolves.toBe(true);

    await oldest.click();
    await page.getByRole('heading', { level: 1, name: titleOf(1) }).waitFor();
    expect(page.url()).toMatch(/#\/exercises\/[0-9a-f-]{36}$/);
  });

  it('looks right in every language at desktop and phone width', { timeout: 600_000 }, async () => {
    const dataDir = e2e.dataDir();
    seedLibrary(dataDir);
    const host = await e2e.startHost(dataDir);
    for (const { locale, total, last } of LOCALES) {
      for (const width of [1280, 360]) {
        const { page } = await e2e.newPage({ locale, width });
        await page.goto(host.url);
        await page.getByRole('status').filter({ hasText: total }).waitFor();
        await page.locator('.exercise-card').first().waitFor();
        await shoot(page, `library-${locale}-${width}`);
        // Nothing wider than the screen, on a phone too.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${locale} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        await page.getByRole('button', { name: last }).last().click();
        await page.getByRole('link', { name: titleOf(1), exact: true }).waitFor();
        await page.getByRole('button', { name: last }).last().scrollIntoViewIfNeeded();
        await shoot(page, `library-${locale}-${width}-last-page`);
        await page.context().close();
      }
    }
  });
});
