// The host dies while someone types (issue 9's done-when): SIGKILL the real host in the
// middle of typing, before the field has even put its text into the draft, keep typing
// while it is away, start it again on the same data folder and port, and find every
// character in the library, with the same link working in the same tab and a new one.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { templateContent } from '../support/largeExercise';
import { callInPage } from './support/apiInPage';
import { useBrowserAndHost } from './support/browserAndHost';
import { catalogueText } from './support/catalogue';
import { tokenOfLink } from '../support/staffLink';

const e2e = useBrowserAndHost();
const text = (key: string) => catalogueText('en', key);

function status(page: Page, key: string) {
  return page.getByRole('status').filter({ hasText: text(key) });
}

function injectTitle(page: Page) {
  return page.locator('section.inject-form').getByRole('textbox', { name: text('editor.injects.title'), exact: true });
}

async function openInject(page: Page, origin: string, exerciseId: string, number: string) {
  await page.goto(`${origin}/#/exercises/${exerciseId}`);
  await page.getByRole('tab', { name: text('editor.tabs.injects') }).click();
  await page.getByRole('button', { name: new RegExp(`^Inject ${number}:`) }).click();
  await injectTitle(page).waitFor();
}

describe('editor whose host is killed while typing', () => {
  it('keeps every character, says it is offline, saves once the host is back, and the link still works', async () => {
    const dataDir = e2e.dataDir();
    const first = await e2e.startHost(dataDir);
    const token = tokenOfLink(first.url);
    const { page, context } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(first.url);
    const content = templateContent('office-terrorism', 'en');
    const exercise = (await callInPage(page, token, 'library.create', content)) as {
      id: string;
      injects: { number: string; title: string }[];
    };
    const number = exercise.injects[2]!.number;
    const original = exercise.injects[2]!.title;
    await openInject(page, first.origin, exercise.id, number);

    // A first edit reaches the library: the host is really saving.
    const title = injectTitle(page);
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (A)');
    await status(page, 'editor.save.saved').waitFor({ timeout: 15_000 });

    // Typing, and the host is killed between two keys: these are still in the field only.
    const beforeCrash = ' — cháy lan';
    await page.keyboard.type(beforeCrash, { delay: 15 });
    await first.kill();
    const whileAway = ' sang tầng 5';
    await page.keyboard.type(whileAway, { delay: 40 });
    await status(page, 'editor.save.offline').waitFor({ timeout: 15_000 });
    const afterOffline = ', 12 người mắc kẹt';
    await page.keyboard.type(afterOffline, { delay: 40 });
    const expected = `${original} (A)${beforeCrash}${whileAway}${afterOffline}`;
    await expect.poll(() => title.inputValue()).toBe(expected);
    expect(await status(page, 'editor.save.offline').isVisible()).toBe(true);

    // The same folder and port: the same staff key, so the same link.
    const second = await e2e.startHost(dataDir, ['--port', String(first.port)]);
    expect(second.url).toBe(first.url);
    await status(page, 'editor.save.saved').waitFor({ timeout: 30_000 });
    expect(await title.inputValue()).toBe(expected);
    const stored = (await callInPage(page, token, 'library.get', { id: exercise.id })) as {
      injects: { number: string; title: string }[];
    };
    expect(stored.injects.find((i) => i.number === number)?.title).toBe(expected);

    // The link in the same tab (only the part after # differs from where it is), after a reload…
    await page.goto(second.url);
    await page.getByRole('link', { name: content.title }).waitFor();
    await openInject(page, second.origin, exercise.id, number);
    expect(await injectTitle(page).inputValue()).toBe(expected);
    await page.reload();
    await page.getByRole('tab', { name: text('editor.tabs.overview') }).waitFor();

    // …and in a new tab.
    const other = await context.newPage();
    await other.goto(second.url);
    await openInject(other, second.origin, exercise.id, number);
    expect(await injectTitle(other).inputValue()).toBe(expected);
    await status(other, 'editor.save.saved').waitFor();
  });
});
