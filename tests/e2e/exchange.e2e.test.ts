// Templates, search, delete with undo, and carrying an exercise to another machine:
// export a .drill file from one library, import it into a fresh one, find it by a
// search typed without diacritics.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { catalogueText } from './support/catalogue';
import { tempDir } from '../support/temp';

const e2e = useBrowserAndHost();

const cards = (page: Page) => page.getByRole('list', { name: 'Các bài diễn tập' });

describe('library features, end to end (Vietnamese UI)', () => {
  it('template → search → export → import on a fresh data dir → diacritic-free search', async () => {
    const first = await e2e.startHost();
    const second = await e2e.startHost();
    const { page } = await e2e.newPage({ locale: 'vi-VN' });
    await page.goto(first.url);
    await page.getByRole('heading', { name: 'Thư viện diễn tập' }).waitFor();

    // New from template: the terrorism first-response drill, in Vietnamese.
    await page.getByRole('button', { name: 'Tạo từ mẫu' }).click();
    const templates = page.getByRole('dialog', { name: 'Tạo từ mẫu' });
    await templates.getByRole('heading', { name: /khủng bố/ }).waitFor();
    await screenshot(page, 'templates-vi');
    await templates.getByRole('button', { name: /^Dùng mẫu này: .*khủng bố/ }).click();
    await page.waitForURL(/#\/exercises\//);
    await page.getByRole('link', { name: 'Drillbook' }).click();
    // textContent, not innerText: a card just inserted may not be rendered yet (its
    // content-visibility is auto until the browser sees it on screen), and innerText is then ''.
    const title = (await cards(page).getByRole('heading').first().textContent()) ?? '';
    expect(title).toMatch(/khủng bố/);

    // And the border-port drill in Traditional Chinese, found by a Simplified query.
    await page.getByRole('button', { name: 'Tạo từ mẫu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo từ mẫu' });
    const port = dialog.getByRole('listitem').filter({ hasText: /cửa khẩu|口岸|port/i });
    await port.getByRole('combobox', { name: 'Ngôn ngữ của bài diễn tập' }).selectOption({ label: '繁體中文' });
    await port.getByRole('button', { name: /^Dùng mẫu này/ }).click();
    await page.waitForURL(/#\/exercises\//);
    await page.getByRole('link', { name: 'Drillbook' }).click();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('演练');
    await expect.poll(() => cards(page).getByRole('heading').allInnerTexts()).toEqual([expect.stringMatching(/演練/)]);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('');

    // Delete, then undo.
    await page.getByRole('button', { name: `Xóa: ${title}` }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xóa' }).waitFor();
    await expect.poll(() => cards(page).getByRole('heading', { name: title }).count()).toBe(0);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await cards(page).getByRole('heading', { name: title }).waitFor();

    // Export the terrorism drill to a .drill file.
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: `Xuất tệp: ${title}` }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.drill$/);
    const file = path.join(tempDir('drillbook-dl-'), download.suggestedFilename());
    await download.saveAs(file);
    await screenshot(page, 'library-vi');

    // On the second machine: import it with a preview.
    await page.goto(second.url);
    await page.getByText('Chưa có bài diễn tập nào').waitFor();
    await page.getByRole('button', { name: 'Nhập tệp .drill' }).click();
    const importDialog = page.getByRole('dialog', { name: /Nhập/ });
    await importDialog.getByLabel('Chọn tệp .drill').setInputFiles(file);
    await importDialog.getByRole('list').getByText(title).waitFor();
    await screenshot(page, 'import-preview-vi');
    await importDialog.getByRole('button', { name: 'Nhập 1 bài diễn tập' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã nhập 1 bài diễn tập' }).waitFor();
    await importDialog.waitFor({ state: 'detached' });

    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('khung bo');
    await expect.poll(() => cards(page).getByRole('heading').allInnerTexts()).toEqual([title]);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('xyzzyq');
    await page.getByText('Không có bài diễn tập nào khớp').waitFor();

    // Importing the same file again asks what to do with the exercise already there.
    await page.getByRole('button', { name: 'Nhập tệp .drill' }).click();
    const again = page.getByRole('dialog', { name: /Nhập/ });
    await again.getByLabel('Chọn tệp .drill').setInputFiles(file);
    await again
      .getByRole('group', { name: /đã có/ })
      .getByRole('radio', { name: /bản sao/ })
      .check();
    await again.getByRole('button', { name: 'Nhập 1 bài diễn tập' }).click();
    // The modal makes the page behind it inert: type only once it has closed.
    await again.waitFor({ state: 'detached' });
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('ban sao');
    await expect.poll(() => cards(page).getByRole('heading').allInnerTexts()).toEqual([`${title} (bản sao)`]);
  });

  it('a broken .drill file is refused with a translated message and imports nothing', async () => {
    const zh = (key: string) => catalogueText('zh-Hans', key);
    const host = await e2e.startHost();
    const { page } = await e2e.newPage({ locale: 'zh-CN' });
    await page.goto(host.url);

    // One exercise already in the library, to see that it is all there is afterwards.
    await page.getByRole('button', { name: zh('library.newExercise') }).click();
    const create = page.getByRole('dialog', { name: zh('library.newExercise') });
    await create.getByRole('textbox', { name: zh('library.field.title') }).fill('口岸疫情处置演练');
    await create.getByRole('button', { name: zh('library.create'), exact: true }).click();
    await create.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Drillbook' }).click();
    const list = page.getByRole('list', { name: zh('library.listLabel') });
    /** The titles in the library once it has shown the one exercise (a reload redraws it). */
    const titlesShown = async () => {
      await list.getByRole('heading', { name: '口岸疫情处置演练' }).waitFor();
      return list.getByRole('heading').allInnerTexts();
    };
    expect(await titlesShown()).toEqual(['口岸疫情处置演练']);

    await page.getByRole('button', { name: '导入 .drill 文件' }).click();
    const dialog = page.getByRole('dialog', { name: zh('drill.import.title') });
    await dialog.getByLabel('选择 .drill 文件').setInputFiles({
      name: 'broken.drill',
      mimeType: 'application/zip',
      buffer: Buffer.from('PK\u0003\u0004 not really'), // a zip's first bytes, then nothing: cut short
    });
    // The sentence from the catalogue, in the reader's language: not the raw key.
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(zh('drill.errors.truncated'));
    expect(await alert.innerText()).not.toContain('drill.errors');
    await screenshot(page, 'import-broken-zh-Hans');
    expect(await dialog.getByRole('button', { name: zh('drill.import.title'), exact: true }).isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: zh('common.cancel') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    expect(await titlesShown()).toEqual(['口岸疫情处置演练']);
  });
});
