// Every library screen in every language, at desktop and narrow widths: translated
// headings and controls, screenshots to look at, and no request leaving the host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launchBrowser, openPage, screenshot, unnamedControls } from './support/browser';
import { startHost, type RunningHost } from './support/host';
import { tempDir } from '../support/temp';

let browser: Browser;
let host: RunningHost;
beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHost(tempDir('drillbook-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const UI = {
  en: {
    browser: 'en-US',
    library: 'Exercise library',
    fromTemplate: 'New from template',
    use: 'Use this template',
    import: 'Import .drill file',
    importTitle: 'Import exercises',
    search: 'Search',
  },
  vi: {
    browser: 'vi-VN',
    library: 'Thư viện diễn tập',
    fromTemplate: 'Tạo từ mẫu',
    use: 'Dùng mẫu này',
    import: 'Nhập tệp .drill',
    importTitle: 'Nhập bài diễn tập',
    search: 'Tìm kiếm',
  },
  'zh-Hans': {
    browser: 'zh-CN',
    library: '演练库',
    fromTemplate: '从模板新建',
    use: '使用此模板',
    import: '导入 .drill 文件',
    importTitle: '导入演练',
    search: '搜索',
  },
  'zh-Hant': {
    browser: 'zh-TW',
    library: '演練庫',
    fromTemplate: '從範本新增',
    use: '使用此範本',
    import: '匯入 .drill 檔案',
    importTitle: '匯入演練',
    search: '搜尋',
  },
} as const;

describe('screens in every language', () => {
  for (const [locale, ui] of Object.entries(UI)) {
    it(`library, templates and import in ${locale}`, async () => {
      for (const width of [1280, 420]) {
        const { page, context, requests } = await openPage(browser, { locale: ui.browser, width });
        try {
          await page.goto(host.url);
          await page.getByRole('heading', { name: ui.library, level: 1 }).waitFor();
          if (width === 1280) {
            // One exercise from the first template, in this language where it has one.
            await page.getByRole('button', { name: ui.fromTemplate }).click();
            const dialog = page.getByRole('dialog', { name: ui.fromTemplate });
            await dialog
              .getByRole('button', { name: new RegExp(`^${ui.use}`) })
              .first()
              .waitFor();
            await screenshot(page, `tour-templates-${locale}`);
            expect(await unnamedControls(page)).toEqual([]);
            await dialog
              .getByRole('button', { name: new RegExp(`^${ui.use}`) })
              .first()
              .click();
            await page.waitForURL(/#\/exercises\//);
            await page.getByRole('link', { name: 'Drillbook' }).click();
          }
          await page.getByRole('heading', { name: ui.library, level: 1 }).waitFor();
          await page.getByRole('searchbox', { name: ui.search }).waitFor();
          await screenshot(page, `tour-library-${locale}-${width}`);
          expect(await unnamedControls(page)).toEqual([]);
          await page.getByRole('button', { name: ui.import }).click();
          await page.getByRole('dialog', { name: ui.importTitle }).waitFor();
          await screenshot(page, `tour-import-${locale}-${width}`);
          expect(await unnamedControls(page)).toEqual([]);
          expect(foreignRequests(requests, host.origin)).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });
  }

  it('the accessible-name check itself notices an unnamed control', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.setContent('<button></button><label>Named <input></label><input aria-label="x"><select></select>');
      expect(await unnamedControls(page)).toHaveLength(2);
    } finally {
      await context.close();
    }
  });
});
