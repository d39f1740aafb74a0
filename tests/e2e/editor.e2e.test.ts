import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { catalogues } from '../../shared/i18n/catalogues';
import type { Locale } from '../../shared/i18n/locales';
import { screenshot, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { tempDir } from '../support/temp';

const e2e = useBrowserAndHost();

const TITLE = 'Cháy kho hàng cảng Hải Phòng';
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const TAB_NAMES = ['overview', 'teams', 'objectives', 'phases', 'injects', 'timeline'] as const;
const ENDONYMS: Record<Locale, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

function editorText(locale: Locale) {
  return catalogues[locale].editor as {
    tabs: Record<(typeof TAB_NAMES)[number], string>;
    save: { saved: string };
  };
}

async function tab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

/** The save state reaches "All changes saved" (after showing that it is saving). */
async function saved(page: Page, locale: Locale = 'en') {
  await page
    .getByRole('status')
    .filter({ hasText: editorText(locale).save.saved })
    .waitFor({ timeout: 10_000 });
}

async function addNamed(page: Page, field: string, button: string, value: string) {
  await page.getByRole('textbox', { name: field }).fill(value);
  await page.getByRole('button', { name: button }).click();
}

/** Creates an exercise from the library and opens it (by the library's link if creating did not). */
async function createAndOpen(page: Page, title: string) {
  await page.getByRole('button', { name: 'New exercise' }).click();
  const dialog = page.getByRole('dialog', { name: 'New exercise' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page
    .getByRole('tab', { name: 'Overview' })
    .or(page.getByRole('link', { name: title }))
    .first()
    .waitFor();
  if (!(await page.getByRole('tab', { name: 'Overview' }).isVisible()))
    await page.getByRole('link', { name: title }).click();
  await page.getByRole('tab', { name: 'Overview' }).waitFor();
}

describe('exercise editor, end to end', () => {
  it(
    'authors an exercise, autosaves it, re-times injects on the timeline and shows validation inline',
    { timeout: 240_000 },
    async () => {
      const host = await e2e.startHost();
      const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
      await page.goto(host.url);
      await page.getByRole('button', { name: 'New exercise' }).click();
      const dialog = page.getByRole('dialog', { name: 'New exercise' });
      await dialog.getByRole('textbox', { name: 'Title' }).fill(TITLE);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.waitFor({ state: 'detached' });

      // Whether creating opens the editor or not, the library's link to it must.
      await page
        .getByRole('tab', { name: 'Overview' })
        .or(page.getByRole('link', { name: TITLE }))
        .first()
        .waitFor();
      if (await page.getByRole('link', { name: 'Back to library' }).isVisible()) {
        await page.getByRole('link', { name: 'Back to library' }).click();
      }
      await page.getByRole('link', { name: TITLE }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(page.url()).toMatch(/#\/exercises\/[0-9a-f-]{36}$/);

      // Overview
      await page.getByRole('textbox', { name: 'Location' }).fill('Cảng Hải Phòng, bến Chùa Vẽ');
      await page.getByRole('spinbutton', { name: 'Planned duration (minutes)' }).fill('90');
      await page.getByRole('textbox', { name: 'Tags' }).fill('PCCC');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Remove tag PCCC' }).waitFor();
      await saved(page);

      // Teams
      await tab(page, 'Teams');
      await addNamed(page, 'New team name', 'Add team', 'Công an tỉnh');
      await addNamed(page, 'New team name', 'Add team', 'Cảnh sát PCCC & CNCH');
      await page
        .getByRole('group', { name: 'Công an tỉnh' })
        .getByRole('textbox', { name: 'Agency or unit' })
        .fill('Công an TP Hải Phòng');
      await page.getByRole('group', { name: 'Công an tỉnh' }).getByRole('button', { name: 'Add person' }).click();
      await page.getByRole('textbox', { name: 'Name of person 1' }).fill('Đại úy Nguyễn Văn An');

      // Objectives & capabilities
      await tab(page, 'Objectives & capabilities');
      await addNamed(page, 'New capability', 'Add capability', 'Operational coordination');
      await addNamed(page, 'New objective', 'Add objective', 'Open the forward command post within 15 minutes');
      await page
        .getByRole('group', { name: 'Capabilities it tests' })
        .getByRole('checkbox', { name: 'Operational coordination' })
        .check();

      // Phases
      await tab(page, 'Phases');
      await addNamed(page, 'New phase name', 'Add phase', 'Báo động');
      await page.getByRole('button', { name: 'Add question' }).click();
      await page.getByRole('textbox', { name: 'Question 1' }).fill('Who takes command at the scene?');

      // Injects: two, with recipients and expected actions
      await tab(page, 'Injects (MSEL)');
      await page.getByRole('button', { name: 'Add inject' }).click();
      await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Fire on floor 12');
      await page.getByRole('textbox', { name: 'Time (T+hh:mm)' }).fill('T+00:20');
      await page.getByRole('radio', { name: 'Selected teams' }).check();
      await page.getByRole('checkbox', { name: 'Cảnh sát PCCC & CNCH' }).uncheck();
      await page.getByRole('button', { name: 'Add expected action' }).click();
      await page.getByRole('textbox', { name: 'What the team should do (action 1)' }).fill('Cordon off the warehouse');
      await page
        .getByRole('combobox', { name: 'Capability (action 1)' })
        .selectOption({ label: 'Operational coordination' });

      await page.getByRole('button', { name: 'Add inject' }).click();
      await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Evacuation request');
      await page.getByRole('textbox', { name: 'Time (T+hh:mm)' }).fill('35');
      await page.getByRole('button', { name: 'Add expected action' }).click();
      await page.getByRole('combobox', { name: 'Team (action 1)' }).selectOption({ label: 'Cảnh sát PCCC & CNCH' });
      await page.getByRole('textbox', { name: 'What the team should do (action 1)' }).fill('Evacuate floors 10 to 14');

      // A picture attached to the message is uploaded, linked, and shown in the preview.
      const message = page.getByRole('group', { name: 'Message' });
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        message.getByRole('button', { name: 'Attach file' }).click(),
      ]);
      await chooser.setFiles({ name: 'site-map.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1x1, 'base64') });
      await expect
        .poll(() => message.getByRole('textbox', { name: 'Message' }).inputValue())
        .toMatch(/^!\[site-map\.png\]\(attachment:[0-9a-f]{64}\)\n$/);
      // At this width the preview sits beside the text.
      const messagePreview = message.getByRole('region', { name: 'Preview: Message' });
      await expect
        .poll(() => messagePreview.getByRole('img', { name: 'site-map.png' }).getAttribute('src'))
        .toMatch(/^blob:/);

      // An unreadable time is refused inline and leaves the inject's time as it was.
      await page.getByRole('textbox', { name: 'Time (T+hh:mm)' }).fill('1:5');
      await page.getByRole('alert').filter({ hasText: 'Not a valid scenario time' }).waitFor();
      await page.getByRole('textbox', { name: 'Time (T+hh:mm)' }).fill('0:35');
      await saved(page);
      await screenshot(page, 'editor-injects-form-en');
      expect(await unnamedControls(page)).toEqual([]);

      // Everything is there after a reload.
      await page.reload();
      await tab(page, 'Injects (MSEL)');
      const msel = page.getByRole('region', { name: 'MSEL' });
      const row1 = msel.getByRole('row').filter({ hasText: 'Fire on floor 12' });
      const row2 = msel.getByRole('row').filter({ hasText: 'Evacuation request' });
      // The first cell is the tick box for shifting times: it has no text.
      expect(await row1.getByRole('cell').allInnerTexts()).toEqual([
        '',
        '1',
        'T+00:20',
        'Báo động',
        'Phone',
        '',
        'Công an tỉnh',
        'Fire on floor 12',
        '1',
        '',
      ]);
      expect((await row2.getByRole('cell').allInnerTexts()).slice(0, 9)).toEqual([
        '',
        '2',
        'T+00:35',
        'Báo động',
        'Phone',
        '',
        'All',
        'Evacuation request',
        '1',
      ]);
      await tab(page, 'Teams');
      await page.getByRole('group', { name: 'Cảnh sát PCCC & CNCH' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Name of person 1' }).inputValue()).toBe('Đại úy Nguyễn Văn An');
      await tab(page, 'Objectives & capabilities');
      expect(await page.getByRole('checkbox', { name: 'Operational coordination' }).isChecked()).toBe(true);
      await tab(page, 'Overview');
      expect(await page.getByRole('spinbutton', { name: 'Planned duration (minutes)' }).inputValue()).toBe('90');

      // Timeline: drag inject 2 later with the mouse.
      await tab(page, 'Timeline');
      await screenshot(page, 'editor-timeline-before-drag-en');
      const block2 = page.getByRole('slider', { name: 'Inject 2: Evacuation request, T+00:35' });
      const box = await block2.boundingBox();
      expect(box).not.toBeNull();
      const x = box!.x + box!.width / 2;
      const y = box!.y + box!.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 60, y, { steps: 4 });
      await page.mouse.move(x + 120, y, { steps: 4 });
      await page.mouse.up();
      const moved = await page
        .getByRole('slider', { name: /^Inject 2: Evacuation request/ })
        .getAttribute('aria-valuetext');
      expect(moved).toMatch(/^T\+\d\d:\d\d$/);
      expect(Number(moved!.slice(5))).toBeGreaterThan(35);
      await saved(page);

      // And inject 1 with the keyboard: → one minute, Shift+→ five.
      const block1 = page.getByRole('slider', { name: 'Inject 1: Fire on floor 12, T+00:20' });
      await block1.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.getByRole('slider', { name: 'Inject 1: Fire on floor 12, T+00:26' }).waitFor();
      await saved(page);

      await page.reload();
      await tab(page, 'Injects (MSEL)');
      await page
        .getByRole('region', { name: 'MSEL' })
        .getByRole('row')
        .filter({ hasText: 'Evacuation request' })
        .getByRole('cell', { name: moved! })
        .waitFor();
      await page
        .getByRole('region', { name: 'MSEL' })
        .getByRole('row')
        .filter({ hasText: 'Fire on floor 12' })
        .getByRole('cell', { name: 'T+00:26' })
        .waitFor();

      // A duplicate number is an error shown at the field; it does not stop saving.
      await page.getByRole('button', { name: 'Inject 2: Evacuation request' }).click();
      await page.getByRole('textbox', { name: 'No.' }).fill('1');
      await page.getByRole('alert').filter({ hasText: 'Inject number 1 is used more than once.' }).first().waitFor();
      expect(await page.getByRole('textbox', { name: 'No.' }).getAttribute('aria-invalid')).toBe('true');
      await saved(page);
      await screenshot(page, 'editor-duplicate-number-en');

      // An empty title is schema-invalid: shown at the field, kept locally, not sent.
      await page.getByRole('textbox', { name: 'Title', exact: true }).fill('');
      await page.getByRole('alert').filter({ hasText: 'This is required.' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Not saved' }).waitFor();
      await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Evacuation request');
      await page.getByRole('textbox', { name: 'No.' }).fill('2');
      await saved(page);

      // Carry it to another machine: export a .drill file, import it into a fresh
      // data directory, find it with a search typed without diacritics, and see
      // the re-timed injects arrived as they were.
      await page.getByRole('link', { name: 'Back to library' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Export: ${TITLE}` }).click();
      const file = path.join(tempDir('drillbook-dl-'), (await download).suggestedFilename());
      await (await download).saveAs(file);
      const other = await e2e.startHost();
      await page.goto(other.url);
      await page.getByRole('button', { name: 'Import .drill file' }).click();
      const importDialog = page.getByRole('dialog', { name: 'Import exercises' });
      await importDialog.getByLabel('Choose a .drill file').setInputFiles(file);
      await importDialog.getByRole('button', { name: 'Import 1 exercise' }).click();
      await importDialog.waitFor({ state: 'detached' });
      await page.getByRole('searchbox', { name: 'Search' }).fill('chay kho hang hai phong');
      await page.getByRole('list', { name: 'Exercises' }).getByRole('link', { name: TITLE }).click();
      await tab(page, 'Injects (MSEL)');
      const imported = page.getByRole('region', { name: 'MSEL' });
      await imported
        .getByRole('row')
        .filter({ hasText: 'Evacuation request' })
        .getByRole('cell', { name: moved! })
        .waitFor();
      await imported
        .getByRole('row')
        .filter({ hasText: 'Fire on floor 12' })
        .getByRole('cell', { name: 'T+00:26' })
        .waitFor();
    },
  );

  it('shows every tab in each language and at 420 px', { timeout: 240_000 }, async () => {
    const host = await e2e.startHost();
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(host.url);
    await createAndOpen(page, TITLE);
    await tab(page, 'Teams');
    await addNamed(page, 'New team name', 'Add team', 'Biên phòng cửa khẩu');
    await addNamed(page, 'New team name', 'Add team', '海关 / 海關 Customs');
    await page.getByRole('group', { name: 'Biên phòng cửa khẩu' }).getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('textbox', { name: 'Name of person 1' }).fill('Thiếu tá Trần Minh');
    await page.getByRole('textbox', { name: 'Role of person 1' }).fill('Chỉ huy trạm');
    await tab(page, 'Objectives & capabilities');
    await addNamed(page, 'New capability', 'Add capability', 'Border control / 口岸查验');
    await addNamed(page, 'New objective', 'Add objective', 'Close the crossing within 10 minutes of the alert');
    await page.getByRole('checkbox', { name: 'Border control / 口岸查验' }).check();
    await tab(page, 'Phases');
    await addNamed(page, 'New phase name', 'Add phase', 'Alarm');
    await tab(page, 'Injects (MSEL)');
    await page.getByRole('button', { name: 'Add inject' }).click();
    await page.getByRole('button', { name: 'Add inject' }).click();
    await saved(page);

    // The tabs follow the arrow keys, and wrap around.
    await page.getByRole('tab', { name: 'Injects (MSEL)', selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Timeline', selected: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('tabpanel', { name: 'Timeline' }).waitFor();

    for (const locale of ['en', 'vi', 'zh-Hans', 'zh-Hant'] as const) {
      const language = catalogues[(await page.evaluate(() => document.documentElement.lang)) as Locale].common
        .language as string;
      await page.getByRole('combobox', { name: language }).selectOption({ label: ENDONYMS[locale] });
      const names = editorText(locale).tabs;
      for (const name of TAB_NAMES) {
        await tab(page, names[name]);
        await screenshot(page, `editor-${name}-${locale}`);
        expect(await unnamedControls(page), `${name} in ${locale}`).toEqual([]);
      }
    }

    await page.getByRole('combobox', { name: '語言' }).selectOption({ label: 'English' });
    await page.setViewportSize({ width: 420, height: 800 });
    for (const name of TAB_NAMES) {
      await tab(page, editorText('en').tabs[name]);
      await screenshot(page, `editor-${name}-narrow-en`);
      expect(await unnamedControls(page), `${name} at 420 px`).toEqual([]);
    }
  });

  it(
    'follows saves made elsewhere, and on a conflict keeps local edits until the user reloads',
    { timeout: 120_000 },
    async () => {
      const host = await e2e.startHost();
      const a = await e2e.newPage({ locale: 'en-US' });
      const b = await e2e.newPage({ locale: 'en-US' });
      await a.page.goto(host.url);
      await createAndOpen(a.page, TITLE);
      const editorHash = new URL(a.page.url()).hash;

      await b.page.goto(host.url);
      await b.page.getByRole('link', { name: TITLE }).click();
      await b.page.getByRole('tab', { name: 'Overview' }).waitFor();
      expect(new URL(b.page.url()).hash).toBe(editorHash);

      // B saves; A has nothing pending and follows quietly.
      await b.page.getByRole('textbox', { name: 'Location' }).fill('Bến Chùa Vẽ');
      await saved(b.page);
      await expect.poll(() => a.page.getByRole('textbox', { name: 'Location' }).inputValue()).toBe('Bến Chùa Vẽ');

      // B holds an unsavable edit; A saves meanwhile; B's next save is refused, not merged.
      await b.page.getByRole('textbox', { name: 'Title', exact: true }).fill('');
      await b.page.getByRole('status').filter({ hasText: 'Not saved' }).waitFor();
      await a.page.getByRole('textbox', { name: 'Location' }).fill('Cảng Lạch Huyện');
      await saved(a.page);
      await b.page.getByRole('textbox', { name: 'Title', exact: true }).fill('Title from B');
      await b.page.getByRole('alert').filter({ hasText: 'This exercise was changed elsewhere' }).waitFor();
      await b.page.getByRole('status').filter({ hasText: 'Not saved' }).waitFor();
      expect(await b.page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('Title from B');
      await screenshot(b.page, 'editor-conflict-en');

      // Reloading asks first; cancelling keeps the local edits.
      await b.page.getByRole('button', { name: 'Reload latest' }).click();
      const confirm = b.page.getByRole('dialog', { name: 'Reload the latest version?' });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      expect(await b.page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('Title from B');
      await b.page.getByRole('button', { name: 'Reload latest' }).click();
      await confirm.getByRole('button', { name: 'Reload latest' }).click();
      await saved(b.page);
      expect(await b.page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(TITLE);
      expect(await b.page.getByRole('textbox', { name: 'Location' }).inputValue()).toBe('Cảng Lạch Huyện');
    },
  );
});
