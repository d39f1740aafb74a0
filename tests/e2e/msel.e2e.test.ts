// A facilitator's MSEL spreadsheet, as Excel in Vietnam or Taiwan saves it, imported
// through the editor: the encoding is detected, bad rows are marked before anything
// is saved, and only the good rows become injects. Then the MSEL is exported.
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { writeT3sfWorkbook } from './support/t3sfWorkbook';
import { tempDir } from '../support/temp';
import { encode1258 } from '../support/windows1258';

const e2e = useBrowserAndHost();

async function fromTemplate(
  page: Page,
  ui: { fromTemplate: string; use: string; language: string },
  titlePattern: RegExp,
  language: string,
) {
  await page.getByRole('button', { name: ui.fromTemplate }).click();
  const dialog = page.getByRole('dialog', { name: ui.fromTemplate });
  const item = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: titlePattern }) });
  await item.getByRole('combobox', { name: ui.language }).selectOption({ label: language });
  await item.getByRole('button', { name: new RegExp(`^${ui.use}`) }).click();
  await page.waitForURL(/#\/exercises\//);
}

describe('MSEL spreadsheets in the editor', () => {
  it('imports a Windows-1258 CSV in Vietnamese, marking the bad row, and exports CSV', async () => {
    const { page } = await e2e.newPage({ locale: 'vi-VN' });
    await page.goto((await e2e.host()).url);
    await fromTemplate(
      page,
      { fromTemplate: 'Tạo từ mẫu', use: 'Dùng mẫu này', language: 'Ngôn ngữ của bài diễn tập' },
      /cao tầng/,
      'Tiếng Việt',
    );
    await page.getByRole('tab', { name: 'Tình huống (kịch bản chi tiết)' }).click();
    const rowsBefore = await page.getByRole('table', { name: 'Kịch bản chi tiết' }).getByRole('row').count();

    const csv = [
      'STT,Thời gian,Người gửi,Gửi đến,Hình thức,Nội dung,Yêu cầu xử lý',
      '20,T+02:10,Trực ban 114,Cấp cứu 115,Điện thoại,Thêm hai nạn nhân ngạt khói ở tầng 17,Điều thêm xe cấp cứu',
      '21,sai giờ,Trực ban 114,Cấp cứu 115,Điện thoại,Dòng này có thời gian sai,',
      '22,02:20,Ban quản lý,Đoàn chuyên gia Belarus,Vô tuyến,Đề nghị hỗ trợ thiết bị thở,Bàn giao thiết bị',
    ].join('\r\n');
    const file = `${tempDir('drillbook-csv-')}/kich-ban.csv`;
    fs.writeFileSync(file, encode1258(csv));

    await page.getByRole('button', { name: 'Nhập từ bảng tính' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập kịch bản chi tiết từ bảng tính' });
    await dialog.getByLabel('Chọn tệp CSV hoặc Excel…').setInputFiles(file);
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Bảng mã' }).inputValue()).toBe('windows-1258');
    await dialog.getByText('Thêm hai nạn nhân ngạt khói ở tầng 17').waitFor();
    await dialog.getByRole('row').filter({ hasText: 'sai giờ' }).waitFor();
    await screenshot(page, 'msel-import-vi');
    await dialog.getByRole('button', { name: 'Nhập 2 tình huống' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Kịch bản chi tiết' });
    await expect.poll(() => table.getByRole('row').count()).toBe(rowsBefore + 2);
    await table.getByText('Đề nghị hỗ trợ thiết bị thở').waitFor();

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV' }).click();
    const download = await downloadPromise;
    const saved = `${tempDir('drillbook-dl-')}/${download.suggestedFilename()}`;
    await download.saveAs(saved);
    const bytes = fs.readFileSync(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so Excel reads Vietnamese right
    expect(bytes.toString('utf8')).toContain('Đề nghị hỗ trợ thiết bị thở');
  });

  it('imports a Big5 CSV in Traditional Chinese, and the user can override the encoding', async () => {
    const { page } = await e2e.newPage({ locale: 'zh-TW' });
    await page.goto((await e2e.host()).url);
    await fromTemplate(
      page,
      { fromTemplate: '從範本新增', use: '使用此範本', language: '演練語言' },
      /口岸/,
      '繁體中文',
    );
    await page.getByRole('tab', { name: '狀況（演練腳本）' }).click();
    const csv = [
      '序號,時間,發送方,接收方,方式,內容,預期行動',
      '30,T+02:00,旅檢現場,海關,電話,第二批旅客中再有三人發燒,啟動二次檢疫並通報',
    ].join('\r\n');
    const file = `${tempDir('drillbook-csv-')}/腳本.csv`;
    fs.writeFileSync(file, iconv.encode(csv, 'big5'));

    await page.getByRole('button', { name: '從試算表匯入' }).click();
    const dialog = page.getByRole('dialog', { name: '從試算表匯入演練腳本' });
    await dialog.getByLabel('選擇 CSV 或 Excel 檔案…').setInputFiles(file);
    const encoding = dialog.getByRole('combobox', { name: '文字編碼' });
    await expect.poll(() => encoding.inputValue()).toBe('big5');
    await dialog.getByText('第二批旅客中再有三人發燒').waitFor();
    // Read as the wrong code page, the text is garbage; back to Big5, it is right again.
    await encoding.selectOption('gb18030');
    await expect.poll(() => dialog.getByText('第二批旅客中再有三人發燒').count()).toBe(0);
    await encoding.selectOption('big5');
    await dialog.getByText('第二批旅客中再有三人發燒').waitFor();
    await screenshot(page, 'msel-import-zh-Hant');
    await dialog.getByRole('button', { name: '匯入 1 則狀況' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('table').getByText('第二批旅客中再有三人發燒').waitFor();
  });

  it('imports a T3SF-style workbook: clock times from T+00:00, the script as the body, players created as teams', async () => {
    const { page } = await e2e.newPage({ locale: 'en-US' });
    await page.goto((await e2e.host()).url);
    await page.getByRole('button', { name: 'New exercise' }).click();
    const create = page.getByRole('dialog', { name: 'New exercise' });
    await create.getByRole('textbox', { name: 'Title' }).fill('Ransomware tabletop');
    await create.getByRole('button', { name: 'Create' }).click();
    await create.waitFor({ state: 'detached' });
    const opened = page.getByRole('tab', { name: 'Overview' });
    await opened
      .or(page.getByRole('link', { name: 'Ransomware tabletop' }))
      .first()
      .waitFor();
    if (!(await opened.isVisible())) await page.getByRole('link', { name: 'Ransomware tabletop' }).click();
    await page.getByRole('tab', { name: 'Injects (MSEL)' }).click();

    const file = await writeT3sfWorkbook();

    await page.getByRole('button', { name: 'Import from spreadsheet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import MSEL from a spreadsheet' });
    await dialog.getByLabel('Choose a CSV or Excel file…').setInputFiles(file);
    await dialog.getByText('19:29 becomes T+00:00.').waitFor();
    expect(await dialog.getByRole('radio', { name: 'Clock times: the first row is T+00:00' }).isChecked()).toBe(true);
    await dialog
      .getByRole('combobox', { name: 'Message' })
      .getByRole('option', { name: 'Script', selected: true })
      .waitFor({ state: 'attached' });
    for (const name of ['Information Security', 'SRE', 'PR/Comm']) {
      await expect
        .poll(() => dialog.getByRole('combobox', { name: `What to do with “${name}”` }).inputValue())
        .toBe('create');
    }
    await dialog.getByRole('row').filter({ hasText: 'T+00:06' }).filter({ hasText: 'PR/Comm' }).waitFor();
    await screenshot(page, 'msel-import-t3sf-en');
    await dialog.getByRole('button', { name: 'Import injects (3)' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'MSEL' });
    await table
      .getByRole('row')
      .filter({ hasText: 'T+00:00' })
      .filter({ hasText: 'Anomalous Files Detected' })
      .waitFor();
    await page.getByRole('tab', { name: 'Teams' }).click();
    const teamNames = page.getByRole('textbox', { name: 'Team name', exact: true });
    await expect
      .poll(() => teamNames.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)))
      .toEqual(['Information Security', 'SRE', 'PR/Comm']);
  });

  it('maps a Vietnamese "Hành động mong đợi" column to the expected action without help', async () => {
    const { page } = await e2e.newPage({ locale: 'vi-VN' });
    await page.goto((await e2e.host()).url);
    await fromTemplate(
      page,
      { fromTemplate: 'Tạo từ mẫu', use: 'Dùng mẫu này', language: 'Ngôn ngữ của bài diễn tập' },
      /cao tầng/,
      'Tiếng Việt',
    );
    await page.getByRole('tab', { name: 'Tình huống (kịch bản chi tiết)' }).click();
    const csv = [
      'STT,Thời gian,Gửi đến,Kịch bản,Hành động mong đợi',
      '40,T+02:40,Cấp cứu 115,Một nạn nhân ngừng thở ở sảnh tầng 1,Ép tim ngoài lồng ngực và chuyển viện',
    ].join('\r\n');
    const file = `${tempDir('drillbook-csv-')}/hanh-dong.csv`;
    fs.writeFileSync(file, Buffer.from(`\uFEFF${csv}`, 'utf8'));
    await page.getByRole('button', { name: 'Nhập từ bảng tính' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập kịch bản chi tiết từ bảng tính' });
    await dialog.getByLabel('Chọn tệp CSV hoặc Excel…').setInputFiles(file);
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Yêu cầu xử lý' }).inputValue()).toBe('4');
    await dialog.getByText('Một nạn nhân ngừng thở ở sảnh tầng 1').waitFor();
    await dialog.getByRole('button', { name: 'Nhập 1 tình huống' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page
      .getByRole('table', { name: 'Kịch bản chi tiết' })
      .getByRole('row')
      .filter({ hasText: 'Một nạn nhân ngừng thở' });
    await expect.poll(() => row.locator('td.count').textContent()).toBe('1');
  });
});
