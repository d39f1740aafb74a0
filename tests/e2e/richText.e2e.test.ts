// A rich text field as a trainer uses it: select words, press Bold (or Ctrl+I), and the
// preview shows them bold (or italic) at once; saved, the Markdown comes back after a
// reload. On a phone the preview sits behind a tab instead of beside the text.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';

const e2e = useBrowserAndHost();

const TITLE = 'Warehouse fire at the port';

/** Creates an exercise with one inject and opens that inject's form. */
async function openNewInject(page: Page) {
  await page.getByRole('button', { name: 'New exercise' }).click();
  const dialog = page.getByRole('dialog', { name: 'New exercise' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page
    .getByRole('tab', { name: 'Overview' })
    .or(page.getByRole('link', { name: TITLE }))
    .first()
    .waitFor();
  if (!(await page.getByRole('tab', { name: 'Overview' }).isVisible()))
    await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('tab', { name: 'Injects (MSEL)' }).click();
  await page.getByRole('button', { name: 'Add inject' }).click();
}

/** Selects `words` in the textarea, as a mouse drag would. */
async function select(page: Page, name: string, words: string) {
  await page.getByRole('textbox', { name, exact: true }).evaluate((el, w) => {
    const area = el as HTMLTextAreaElement;
    const at = area.value.indexOf(w);
    if (at === -1) throw new Error(`"${w}" is not in the text`);
    area.focus();
    area.setSelectionRange(at, at + w.length);
  }, words);
}

async function saved(page: Page) {
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 10_000 });
}

describe('rich text fields', () => {
  it('formats selected words with the Bold button and Ctrl+I, shows them formatted, and keeps them', async () => {
    const host = await e2e.startHost();
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(host.url);
    await openNewInject(page);

    const field = page.getByRole('group', { name: 'Message' });
    const text = field.getByRole('textbox', { name: 'Message' });
    const preview = field.getByRole('region', { name: 'Preview: Message' });
    await text.fill('Smoke on floor 12. Evacuate now.');

    await select(page, 'Message', 'floor 12');
    await field.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' }).click();
    expect(await text.inputValue()).toBe('Smoke on **floor 12**. Evacuate now.');
    // The words stay selected, so the next button acts on them too.
    expect(await text.evaluate((el) => (el as HTMLTextAreaElement).selectionStart)).toBe(11);
    await preview.locator('strong').filter({ hasText: 'floor 12' }).waitFor();

    await select(page, 'Message', 'now');
    await page.keyboard.press('Control+I');
    expect(await text.inputValue()).toBe('Smoke on **floor 12**. Evacuate *now*.');
    await preview.locator('em').filter({ hasText: /^now$/ }).waitFor();
    // Nothing of the marks shows in the preview: the trainer sees formatting, not asterisks.
    expect(await preview.innerText()).toContain('Smoke on floor 12. Evacuate now.');

    // A button undoes like typing does.
    await page.keyboard.press('Control+Z');
    expect(await text.inputValue()).toBe('Smoke on **floor 12**. Evacuate now.');
    await page.keyboard.press('Control+I');
    expect(await text.inputValue()).toBe('Smoke on **floor 12**. Evacuate *now*.');

    // A list, from the keyboard: lines typed, selected, made bullets.
    await text.press('End');
    await text.pressSequentially('\nCordon\nEvacuate');
    await select(page, 'Message', 'Cordon\nEvacuate');
    await page.keyboard.press('Control+Shift+8');
    expect(await text.inputValue()).toBe('Smoke on **floor 12**. Evacuate *now*.\n- Cordon\n- Evacuate');
    await preview.getByRole('list').getByRole('listitem').filter({ hasText: 'Evacuate' }).waitFor();
    await screenshot(page, 'rich-text-en');
    expect(await unnamedControls(page)).toEqual([]);

    await saved(page);
    await page.reload();
    await page.getByRole('tab', { name: 'Injects (MSEL)' }).click();
    await page.getByRole('button', { name: /^Inject 1:/ }).click();
    expect(await page.getByRole('textbox', { name: 'Message' }).inputValue()).toBe(
      'Smoke on **floor 12**. Evacuate *now*.\n- Cordon\n- Evacuate',
    );
    const again = page.getByRole('region', { name: 'Preview: Message' });
    await again.locator('strong').filter({ hasText: 'floor 12' }).waitFor();
    await again.locator('em').filter({ hasText: /^now$/ }).waitFor();
  });

  it('on a phone, puts the preview behind a tab and formats from the toolbar', async () => {
    const host = await e2e.startHost();
    const { page } = await e2e.newPage({ locale: 'en-US', width: 360 });
    await page.goto(host.url);
    await openNewInject(page);

    const field = page.getByRole('group', { name: 'Message' });
    await field.getByRole('textbox', { name: 'Message' }).fill('Report to the command post');
    await select(page, 'Message', 'command post');
    await field.getByRole('button', { name: 'Italic' }).click();
    // The text and its preview take turns: the preview is a tab away.
    expect(await field.getByRole('tabpanel').count()).toBe(1);
    await field.getByRole('tab', { name: 'Preview' }).click();
    const preview = field.getByRole('tabpanel', { name: 'Preview' });
    await preview.locator('em').filter({ hasText: 'command post' }).waitFor();
    expect(await field.getByRole('textbox', { name: 'Message' }).isVisible()).toBe(false);
    // Back with the arrow key, as tabs go.
    await field.getByRole('tab', { name: 'Preview' }).press('ArrowLeft');
    await field.getByRole('tabpanel', { name: 'Write' }).getByRole('textbox', { name: 'Message' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('formats an ad-hoc inject written in the console the same way', async () => {
    const host = await e2e.startHost();
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New from template' }).click();
    const templates = page.getByRole('dialog', { name: 'New from template' });
    await templates.getByRole('button', { name: /^Use this template: First response/ }).click();
    await templates.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Drillbook' }).click();
    await page
      .getByRole('button', { name: /^Start session: First response/ })
      .first()
      .click();
    const start = page.getByRole('dialog', { name: /^Start a session/ });
    await start.getByRole('textbox', { name: 'Facilitator' }).fill('Nguyễn Thị Lan');
    await start.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('button', { name: 'Write an ad-hoc inject' }).click();

    const dialog = page.getByRole('dialog', { name: 'Ad-hoc inject' });
    const field = dialog.getByRole('group', { name: 'Message' });
    await field.getByRole('textbox', { name: 'Message' }).fill('Second casualty at the gate');
    await select(page, 'Message', 'Second casualty');
    await field.getByRole('button', { name: 'Bold' }).click();
    expect(await field.getByRole('textbox', { name: 'Message' }).inputValue()).toBe('**Second casualty** at the gate');
    await field
      .getByRole('region', { name: 'Preview: Message' })
      .locator('strong')
      .filter({ hasText: 'Second casualty' })
      .waitFor();
    await screenshot(page, 'rich-text-ad-hoc-en');
    expect(await unnamedControls(page)).toEqual([]);
  });
});
