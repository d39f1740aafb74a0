// Every library screen in every language, at desktop and narrow widths: translated
// headings and controls, screenshots to look at, and no request leaving the host.
import { describe, expect, it } from 'vitest';
import { screenshot, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';

const e2e = useBrowserAndHost();

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
      const host = await e2e.host();
      for (const width of [1280, 420]) {
        const { page, context } = await e2e.newPage({ locale: ui.browser, width });
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
        await context.close();
      }
    });
  }

  it('the accessible-name check itself notices an unnamed control', async () => {
    const { page } = await e2e.newPage();
    await page.setContent('<button></button><label>Named <input></label><input aria-label="x"><select></select>');
    expect(await unnamedControls(page)).toHaveLength(2);
  });
});
