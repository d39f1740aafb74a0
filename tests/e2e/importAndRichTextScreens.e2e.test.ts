// The MSEL import preview (a T3SF-style workbook: clock times, players who are not
// teams yet) and a rich text field, in every language, on a desktop and on a phone:
// screenshots to look at, and what must hold at every width — no sideways scrolling of
// the page at 320 px, and a preview table that scrolls inside a named region the
// keyboard can reach.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { catalogues } from '../../shared/i18n/catalogues';
import type { Locale } from '../../shared/i18n/locales';
import { SCREENSHOT_DIR, screenshot, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { T3SF_ROWS, writeT3sfWorkbook } from './support/t3sfWorkbook';

const e2e = useBrowserAndHost();

const LOCALES = ['en', 'vi', 'zh-Hans', 'zh-Hant'] as const;
const ENDONYMS: Record<Locale, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};
const WIDTHS = [1280, 360] as const;
const TALL = 4000; // tall enough for the whole import dialog on a phone

type Texts = {
  common: { language: string; cancel: string };
  editor: {
    tabs: { injects: string };
    injects: { import: string; body: string };
    markdown: { bold: string; previewOf: string; preview: string };
  };
  spreadsheet: { import: { title: string; chooseFile: string; recipientChoice: string; previewRows: string } };
};
const text = (locale: Locale) => catalogues[locale] as unknown as Texts;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/{{(\w+)}}/g, (_, k: string) => values[k] ?? '');

async function chooseLanguage(page: Page, locale: Locale) {
  const current = (await page.evaluate(() => document.documentElement.lang)) as Locale;
  await page
    .getByRole('combobox', { name: text(current).common.language, exact: true })
    .selectOption({ label: ENDONYMS[locale] });
  await page.getByRole('tab', { name: text(locale).editor.tabs.injects }).waitFor();
}

/** A screenshot of one part of the page, beside the full-page ones. */
async function shootPart(part: Locator, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await part.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Nothing on the page scrolls sideways: not the page, not the open dialog. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) wide.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    const dialog = document.querySelector('dialog[open]');
    if (dialog && dialog.scrollWidth > dialog.clientWidth)
      wide.push(`dialog ${dialog.scrollWidth} > ${dialog.clientWidth}`);
    return wide;
  });
}

describe('the MSEL import preview and rich text, in every language and width', () => {
  it('shows the import preview of a T3SF workbook without sideways scrolling', { timeout: 300_000 }, async () => {
    const host = await e2e.startHost();
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New exercise' }).click();
    const create = page.getByRole('dialog', { name: 'New exercise' });
    await create.getByRole('textbox', { name: 'Title' }).fill('Ransomware tabletop');
    await create.getByRole('button', { name: 'Create' }).click();
    await create.waitFor({ state: 'detached' });
    await page
      .getByRole('tab', { name: 'Overview' })
      .or(page.getByRole('link', { name: 'Ransomware tabletop' }))
      .first()
      .waitFor();
    if (!(await page.getByRole('tab', { name: 'Overview' }).isVisible()))
      await page.getByRole('link', { name: 'Ransomware tabletop' }).click();
    const file = await writeT3sfWorkbook();

    for (const locale of LOCALES) {
      const ui = text(locale);
      await page.setViewportSize({ width: 1280, height: 800 });
      await chooseLanguage(page, locale);
      await page.getByRole('tab', { name: ui.editor.tabs.injects }).click();
      await page.getByRole('button', { name: ui.editor.injects.import }).click();
      const dialog = page.getByRole('dialog', { name: ui.spreadsheet.import.title });
      await dialog.getByLabel(ui.spreadsheet.import.chooseFile).setInputFiles(file);
      await dialog.getByRole('row').filter({ hasText: 'T+00:06' }).filter({ hasText: 'PR/Comm' }).waitFor();
      for (const [, , player] of T3SF_ROWS) {
        await dialog
          .getByRole('combobox', { name: fill(ui.spreadsheet.import.recipientChoice, { name: player }) })
          .waitFor();
      }
      const rows = dialog.getByRole('region', { name: ui.spreadsheet.import.previewRows });

      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await screenshot(page, `msel-import-preview-${locale}-${width}`);
        expect(await sidewaysOverflow(page), `${locale} at ${width} px`).toEqual([]);
        // All of the dialog, in a window tall enough to hold it.
        await page.setViewportSize({ width, height: TALL });
        await shootPart(dialog, `msel-import-dialog-${locale}-${width}`);
      }
      // On a phone, the end of the dialog as it looks after scrolling down to the rows.
      await page.setViewportSize({ width: 360, height: 800 });
      await rows.scrollIntoViewIfNeeded();
      await screenshot(page, `msel-import-rows-${locale}-360`);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await sidewaysOverflow(page), `${locale} at 320 px`).toEqual([]);
      // The table may be wider than a phone: it scrolls in its own region, reached by Tab.
      await rows.focus();
      expect(await rows.evaluate((el) => el === document.activeElement)).toBe(true);
      const scrolled = await rows.evaluate((el) => {
        const before = el.scrollLeft;
        return { before, wide: el.scrollWidth > el.clientWidth };
      });
      if (scrolled.wide) {
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => rows.evaluate((el) => el.scrollLeft)).toBeGreaterThan(scrolled.before);
        await rows.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
        await shootPart(rows, `msel-import-rows-scrolled-${locale}-320`);
      }
      expect(await unnamedControls(page), `${locale}`).toEqual([]);
      await dialog.getByRole('button', { name: ui.common.cancel }).click();
      await dialog.waitFor({ state: 'detached' });
    }
  });

  it('shows a formatted inject body in every language and width', { timeout: 300_000 }, async () => {
    const host = await e2e.startHost();
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New exercise' }).click();
    const create = page.getByRole('dialog', { name: 'New exercise' });
    await create.getByRole('textbox', { name: 'Title' }).fill('Cháy kho hàng');
    await create.getByRole('button', { name: 'Create' }).click();
    await create.waitFor({ state: 'detached' });
    await page
      .getByRole('tab', { name: 'Overview' })
      .or(page.getByRole('link', { name: 'Cháy kho hàng' }))
      .first()
      .waitFor();
    if (!(await page.getByRole('tab', { name: 'Overview' }).isVisible()))
      await page.getByRole('link', { name: 'Cháy kho hàng' }).click();
    await page.getByRole('tab', { name: 'Injects (MSEL)' }).click();
    await page.getByRole('button', { name: 'Add inject' }).click();
    await page
      .getByRole('textbox', { name: 'Message' })
      .fill(
        '### Tình huống lúc 19:30\nKhói dày ở **tầng 12**, có *hai người* mắc kẹt.\n\n- Phong tỏa khu vực\n- Sơ tán tầng 10 đến 14\n\n1. 通报指挥部\n2. 啟動疏散',
      );

    for (const locale of LOCALES) {
      const ui = text(locale);
      await page.setViewportSize({ width: 1280, height: 800 });
      await chooseLanguage(page, locale);
      const field = page.getByRole('group', { name: ui.editor.injects.body });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await field.getByRole('button', { name: ui.editor.markdown.bold }).waitFor();
        if (width < 700) {
          await field.getByRole('tab', { name: ui.editor.markdown.preview }).click();
          await field.locator('strong').filter({ hasText: 'tầng 12' }).waitFor();
          await shootPart(field, `rich-text-preview-${locale}-${width}`);
          await field.getByRole('tab', { name: ui.editor.markdown.preview }).press('ArrowLeft');
        } else {
          const preview = field.getByRole('region', {
            name: fill(ui.editor.markdown.previewOf, { field: ui.editor.injects.body }),
          });
          await preview.locator('strong').filter({ hasText: 'tầng 12' }).waitFor();
        }
        await field.scrollIntoViewIfNeeded();
        await shootPart(field, `rich-text-${locale}-${width}`);
        expect(await sidewaysOverflow(page), `${locale} at ${width} px`).toEqual([]);
      }
    }
  });
});
