// Where focus goes after each action a keyboard user takes — Cancel, Add, Delete, Undo,
// opening an inject, creating an exercise — is somewhere sensible and never the page
// body; focus rings show (3:1 on the dark header); on the timeline a selected chip
// looks different from a focused one; the Undo toast waits while it has focus.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { contrastRatio } from '../../shared/model/contrast';
import { useBrowserAndHost } from './support/browserAndHost';

const e2e = useBrowserAndHost();
const TEMPLATE = "First response to a terrorist incident at a provincial department's office";

/** What has focus, in words, for a failure message. */
function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return `${el.tagName.toLowerCase()} "${name}"`;
  });
}

async function expectFocusOn(page: Page, target: Locator, what: string): Promise<void> {
  await expect
    .poll(async () => ((await target.evaluate((el) => el === document.activeElement)) ? what : focusedElement(page)), {
      message: `focus should be on ${what}`,
    })
    .toBe(what);
}

/** `rgb(r, g, b)` as `#rrggbb`, for the contrast formula. */
function hex(rgb: string): string {
  const parts = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  if (!parts) throw new Error(`not an rgb colour: ${rgb}`);
  return `#${parts
    .slice(1, 4)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
}

async function outlineOf(target: Locator) {
  return target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      colour: style.outlineColor,
      shadow: style.boxShadow,
      decoration: style.textDecorationLine,
    };
  });
}

describe('keyboard focus', () => {
  it('lands somewhere sensible after Cancel, Create, Add, opening, Delete and Undo', async () => {
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto((await e2e.host()).url);
    const newExercise = page.getByRole('button', { name: 'New exercise' });

    // Cancel: back to the button that opened the dialog.
    await newExercise.click();
    const dialog = page.getByRole('dialog', { name: 'New exercise' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn(page, newExercise, 'the New exercise button');
    // Escape too.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expectFocusOn(page, newExercise, 'the New exercise button');

    // Creating an exercise: the editor's heading.
    await newExercise.click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Keyboard drill');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expectFocusOn(page, page.getByRole('heading', { level: 1, name: 'Keyboard drill' }), 'the editor heading');

    // Adding a team by its button: back to the name field, ready for the next one.
    await page.getByRole('tab', { name: 'Teams' }).click();
    const teamName = page.getByRole('textbox', { name: 'New team name' });
    for (const name of ['Fire wardens', 'First aid']) {
      await teamName.fill(name);
      await page.getByRole('button', { name: 'Add team' }).click();
      await expectFocusOn(page, teamName, 'the new-team field');
    }
    // Removing a team: the next team's name.
    await page.getByRole('group', { name: 'Fire wardens' }).getByRole('button', { name: 'Remove team' }).click();
    await expectFocusOn(
      page,
      page.getByRole('group', { name: 'First aid' }).getByRole('textbox', { name: 'Team name' }),
      'the next team’s name',
    );

    // Adding an inject: its title, selected to type over.
    await page.getByRole('tab', { name: /^Injects/ }).click();
    const add = page.getByRole('button', { name: 'Add inject' });
    await add.click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await expectFocusOn(page, title, 'the new inject’s title');
    await page.keyboard.type('Smoke on floor 3');
    await add.click();
    await expectFocusOn(page, title, 'the second inject’s title');
    await page.keyboard.type('Evacuation ordered');

    // Opening an inject from the table: its form's heading.
    const table = page.getByRole('table', { name: 'MSEL' });
    await table.getByRole('button', { name: /Smoke on floor 3/ }).click();
    await expectFocusOn(page, page.getByRole('heading', { name: /Smoke on floor 3/, level: 2 }), 'the inject form');

    // Cancel on the delete question: back to Delete. Then delete: the next inject in the table.
    const del = page.getByRole('button', { name: 'Delete inject' });
    await del.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expectFocusOn(page, del, 'the Delete inject button');
    await del.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete inject' }).click();
    await expectFocusOn(page, table.getByRole('button', { name: /Evacuation ordered/ }), 'the next inject');
    // The last one: Add.
    await del.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete inject' }).click();
    await expectFocusOn(page, add, 'the Add inject button');
  }, 120_000);

  it('puts Delete’s Undo in reach, keeps the toast while it has focus, and returns to the card', async () => {
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto((await e2e.host()).url);
    await page.getByRole('button', { name: 'New exercise' }).click();
    const dialog = page.getByRole('dialog', { name: 'New exercise' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Undo drill');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/#\/exercises\//);
    await page.getByRole('link', { name: 'Back to library' }).click();
    await expectFocusOn(page, page.getByRole('heading', { level: 1, name: 'Exercise library' }), 'the library heading');

    await page.getByRole('button', { name: 'Delete: Undo drill' }).click();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expectFocusOn(page, undo, 'the Undo button');
    // Longer than the toast's 10 seconds: it waits for the user who is on it.
    await page.waitForTimeout(11_000);
    expect(await undo.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expectFocusOn(page, page.getByRole('link', { name: 'Undo drill' }), 'the restored card');
  }, 60_000);

  it('shows focus on the dark header and on contingency chips, and tells selected from focused', async () => {
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto((await e2e.host()).url);

    // The header's link, the first stop of Tab on a fresh page: a ring of at least 3:1 against the dark header.
    await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();
    await page.keyboard.press('Tab');
    const brand = page.getByRole('link', { name: 'Drillbook' });
    await expectFocusOn(page, brand, 'the Drillbook link');
    const ring = await outlineOf(brand);
    const header = await page.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(ring.style).toBe('solid');
    expect(contrastRatio(hex(ring.colour), hex(header))).toBeGreaterThanOrEqual(3);

    await page.getByRole('button', { name: 'New from template' }).click();
    await page
      .getByRole('dialog', { name: 'New from template' })
      .getByRole('button', { name: `Use this template: ${TEMPLATE}` })
      .click();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = page.locator('.timeline');
    const chip = (number: string) => timeline.getByRole('slider', { name: new RegExp(`^Inject ${number}:`) });

    // A contingency chip takes a visible ring from the keyboard.
    await chip('C1').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    const focused = await outlineOf(chip('C1'));
    expect(focused.style).toBe('solid');
    expect(focused.width).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(hex(focused.colour), '#ffffff')).toBeGreaterThanOrEqual(3);

    // Selected but not focused (focus moved to the zoom buttons) looks different from focused.
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    const selected = await outlineOf(chip('C1'));
    expect(await chip('C1').getAttribute('class')).toContain('selected');
    expect(selected.style).toBe('none');
    expect(selected.shadow).not.toBe('none');
    expect(selected.decoration).toBe('underline');

    // Enter opens the inject: focus on its form.
    await chip('C1').focus();
    await page.keyboard.press('Enter');
    await expectFocusOn(page, page.getByRole('heading', { level: 2, name: /^Inject C1/ }), 'the C1 form');
  }, 60_000);
});
