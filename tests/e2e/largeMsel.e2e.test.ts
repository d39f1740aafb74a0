// The MSEL table and the timeline of an exercise with 1,000 injects, in each language,
// on a desktop and a phone: the table stands for every inject while the page holds the
// rows in view, the timeline draws every chip, and each screen is photographed to be
// looked at (test-results/screenshots/large-msel-*).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale } from '../../shared/i18n/locales';
import { largeExercise } from '../support/largeExercise';
import { callInPage } from './support/apiInPage';
import { SCREENSHOT_DIR, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { catalogueText } from './support/catalogue';
import { tokenOfLink } from '../support/staffLink';

const e2e = useBrowserAndHost();
const INJECTS = 1_000;
const BROWSER_LOCALE: Record<Locale, string> = { en: 'en-US', vi: 'vi-VN', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** What the viewport shows (a full-page shot of a 1,000-row page says little). */
async function shoot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

async function openTab(page: Page, locale: Locale, name: 'injects' | 'timeline') {
  const label = catalogueText(locale, `editor.tabs.${name}`);
  await page.getByRole('tab', { name: label }).click();
  await page.getByRole('tabpanel', { name: label }).waitFor();
}

describe('a long MSEL on screen', () => {
  for (const locale of ['en', 'vi', 'zh-Hans', 'zh-Hant'] as const) {
    it(
      `shows 1,000 injects as a table and a timeline in ${locale}, wide and narrow`,
      { timeout: 300_000 },
      async () => {
        const host = await e2e.host();
        const token = tokenOfLink(host.url);
        const { page } = await e2e.newPage({ locale: BROWSER_LOCALE[locale], width: 1280 });
        await page.goto(host.url);
        const exercise = (await callInPage(page, token, 'library.create', largeExercise(locale, INJECTS))) as {
          id: string;
        };
        await page.goto(`${host.origin}/#/exercises/${exercise.id}`);
        for (const width of [1280, 360]) {
          await page.setViewportSize({ width, height: 800 });
          await openTab(page, locale, 'injects');
          const table = page.getByRole('table', { name: catalogueText(locale, 'editor.injects.tableLabel') });
          await table.waitFor();
          expect(await table.getAttribute('aria-rowcount')).toBe(String(INJECTS + 1));
          // Only the rows in view (and a margin) are in the page.
          const rowsInPage = await table.locator('tbody tr[aria-rowindex]').count();
          expect(rowsInPage).toBeGreaterThan(5);
          expect(rowsInPage).toBeLessThan(100);
          await shoot(page, `large-msel-table-${locale}-${width}`);
          // The last inject is reached by scrolling the table.
          await page.locator('.msel-scroll').evaluate((box) => (box.scrollTop = box.scrollHeight));
          await table
            .getByRole('row')
            .filter({ hasText: String(INJECTS) })
            .first()
            .waitFor();
          expect(await unnamedControls(page), `table in ${locale} at ${width} px`).toEqual([]);

          await openTab(page, locale, 'timeline');
          const chips = page.getByRole('tabpanel').getByRole('slider');
          await shoot(page, `large-msel-timeline-${locale}-${width}`);
          expect(await chips.count(), 'a chip per inject').toBeGreaterThanOrEqual(INJECTS);
        }
      },
    );
  }
});
