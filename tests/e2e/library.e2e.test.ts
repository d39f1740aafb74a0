import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, screenshot } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { callInPage } from './support/apiInPage';
import { tokenOfLink } from '../support/staffLink';
import { NOT_FOR_RENDERED_PAGE_ATTRIBUTE } from '../../shared/api/firstPage';

const e2e = useBrowserAndHost();

const HEADINGS = {
  en: 'Exercise library',
  vi: 'Thư viện diễn tập',
  'zh-Hans': '演练库',
  'zh-Hant': '演練庫',
} as const;

async function createExercise(page: Page, title: string, description: string) {
  await page.getByRole('button', { name: 'New exercise' }).click();
  const dialog = page.getByRole('dialog', { name: 'New exercise' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Description' }).fill(description);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await dialog.waitFor({ state: 'detached' });
  // A new exercise opens in the editor; the brand link leads back to the library.
  await page.getByRole('link', { name: 'Drillbook' }).click();
}

describe('exercise library, end to end', () => {
  it('creates an exercise, keeps it across a host restart, and talks to nobody else', async () => {
    const dataDir = e2e.dataDir();
    let host = await e2e.startHost(dataDir);
    const { page } = await e2e.newPage({ locale: 'en-US' });
    await page.goto(host.url);
    await page.getByRole('heading', { name: HEADINGS.en }).waitFor();
    await page.getByText('No exercises yet').waitFor();

    // A blank title is refused with a message, and nothing is created.
    await page.getByRole('button', { name: 'New exercise' }).click();
    const dialog = page.getByRole('dialog', { name: 'New exercise' });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'This is required.' }).waitFor();
    await screenshot(page, 'library-new-invalid-en');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await createExercise(page, 'Diễn tập xử lý tình huống khủng bố', 'Sở Ngoại vụ, 40 cán bộ');
    const list = page.getByRole('list', { name: 'Exercises' });
    await list.getByRole('heading', { name: 'Diễn tập xử lý tình huống khủng bố' }).waitFor();
    await screenshot(page, 'library-en');

    await host.stop();
    // The page says the host is gone (and what to do), instead of failing silently.
    await page.getByRole('status').filter({ hasText: 'Connection to the host lost' }).waitFor();
    const firstOrigin = host.origin;
    host = await e2e.startHost(dataDir);
    await page.goto(host.url);
    await page
      .getByRole('list', { name: 'Exercises' })
      .getByRole('heading', { name: 'Diễn tập xử lý tình huống khủng bố' })
      .waitFor();
    await page.getByText('Sở Ngoại vụ, 40 cán bộ').waitFor();

    // The Vietnamese text renders in the bundled face, fetched from the host itself.
    const fontOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Sans"', 'Diễn tập xử lý tình huống khủng bố');
    });
    expect(fontOk).toBe(true);
    expect(e2e.requests().some((url) => url.endsWith('.woff2'))).toBe(true);
    // Both hosts' own requests, across the restart, are this file's own (the check
    // after each test allows them), and a font from elsewhere would not be.
    expect(foreignRequests(e2e.requests(), firstOrigin, host.origin)).toEqual([]);
    expect(foreignRequests([...e2e.requests(), 'https://fonts.example/x.woff2'], firstOrigin, host.origin)).toEqual([
      'https://fonts.example/x.woff2',
    ]);
  });

  it('follows the browser language at first, switches on request, and remembers the choice', async () => {
    const host = await e2e.startHost();
    for (const [browserLocale, expected] of [
      ['vi-VN', 'vi'],
      ['zh-CN', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['en-GB', 'en'],
    ] as const) {
      const { page, context } = await e2e.newPage({ locale: browserLocale });
      await page.goto(host.url);
      await page.getByRole('heading', { name: HEADINGS[expected] }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(expected);
      await screenshot(page, `library-empty-${expected}`);
      await context.close();
    }

    const { page } = await e2e.newPage({ locale: 'en-US', width: 420 });
    await page.goto(host.url);
    await page.getByRole('heading', { name: HEADINGS.en }).waitFor();
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Tiếng Việt' });
    await page.getByRole('heading', { name: HEADINGS.vi }).waitFor();
    await page.getByRole('button', { name: 'Tạo bài diễn tập' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo bài diễn tập' });
    await dialog.getByRole('textbox', { name: 'Tên bài diễn tập' }).fill('Cháy nhà cao tầng');
    await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.getByRole('link', { name: 'Drillbook' }).click();
    await page.getByRole('heading', { name: 'Cháy nhà cao tầng' }).waitFor();
    await screenshot(page, 'library-narrow-vi');

    await page.getByRole('combobox', { name: 'Ngôn ngữ', exact: true }).selectOption({ label: '繁體中文' });
    await page.getByRole('heading', { name: HEADINGS['zh-Hant'] }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: HEADINGS['zh-Hant'] }).waitFor();
    await page.getByRole('combobox', { name: '語言', exact: true }).selectOption({ label: '简体中文' });
    await page.getByRole('heading', { name: HEADINGS['zh-Hans'] }).waitFor();
    await screenshot(page, 'library-narrow-zh-Hans');
  });

  it("a staff link's page shows the library before its scripts run, then works as the app", async () => {
    const dataDir = e2e.dataDir();
    const host = await e2e.startHost(dataDir);
    const { page } = await e2e.newPage({ locale: 'vi-VN' });
    await page.goto(host.url);
    await callInPage(page, tokenOfLink(host.url), 'library.create', { title: 'Diễn tập cháy chợ Đông Ba' });

    // A fresh tab on the printed link: the host's answer already holds the card, in the
    // browser's language, before any script of the page has run.
    const { page: fresh } = await e2e.newPage({ locale: 'vi-VN' });
    const response = await fresh.goto(host.url);
    const html = (await response!.text()).normalize();
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain('class="exercise-card"');
    expect(html).toContain('Diễn tập cháy chợ Đông Ba');
    // Neither the fonts nor the app come with it (they held up its first paint), yet the
    // cards end in Noto Sans.
    expect(html).not.toContain(NOT_FOR_RENDERED_PAGE_ATTRIBUTE);
    expect(html).not.toContain('as="font"');
    await fresh.waitForFunction(() =>
      [...document.fonts].some((face) => face.family.includes('Noto Sans') && face.status === 'loaded'),
    );
    // The key leaves the address bar (a screenshot or a shoulder would show it).
    await fresh.waitForURL((url) => !url.search.includes('token'));
    // Once React has taken the page over, the card's controls work.
    const list = fresh.getByRole('list', { name: 'Các bài diễn tập' });
    await list.getByRole('checkbox', { name: /Diễn tập cháy chợ Đông Ba/ }).check();
    await fresh.getByRole('button', { name: /Xuất 1/ }).waitFor();
    expect(await fresh.getByRole('button', { name: /Xuất 1/ }).isEnabled()).toBe(true);
    // A reload has no key in its address: the tab kept it, and the library is there.
    await fresh.reload();
    await list.getByRole('heading', { name: 'Diễn tập cháy chợ Đông Ba' }).waitFor();
    // That page is not rendered by the host: it links the fonts itself, and main.tsx's
    // import of them adds no second copy.
    const fontSheets = await fresh.evaluate(
      () =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => /\/fonts-/.test(l.href))
          .length,
    );
    expect(fontSheets).toBe(1);
  });

  it('without the token the page explains where to get the link', async () => {
    const { page } = await e2e.newPage({ locale: 'vi-VN' });
    await page.goto((await e2e.host()).origin + '/');
    await page.getByRole('alert').filter({ hasText: '?token=' }).waitFor();
  });
});
