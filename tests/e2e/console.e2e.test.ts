// The facilitator console, end to end: from a template in the library to a running
// session at ×10, an automatic inject on the status board, a contingency played by
// hand, a scribe's acknowledgement and a pause; then the console and the start dialog
// looked at in every language, wide and narrow.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { startSessionFromTemplate, TEMPLATE_TITLE } from './support/startSession';
import { BROWSER_LOCALES, catalogueText } from './support/catalogue';

const e2e = useBrowserAndHost();
const TITLE = TEMPLATE_TITLE;
const COMMAND = 'First-response command';
const SECURITY = 'Security and evacuation wardens';

/** The session every test here runs: two of the template's teams and a control cell. */
const startSession = (page: Page) =>
  startSessionFromTemplate(page, {
    leaveOut: ['In-house fire team', 'First-aid team', 'Provincial police'],
    controllers: 'Trần Văn Minh, Lê Hoa',
  });

describe('facilitator console, end to end', () => {
  it('runs a session from a template: clock at ×10, automatic and manual injects, scribe, pause', async () => {
    const host = await e2e.host();
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(host.url);
    const sessionId = await startSession(page);
    // A controller's screen on the same session follows what the facilitator does.
    const other = (await e2e.newPage({ locale: 'en-US', width: 1280 })).page;
    await other.goto(host.url);
    await other.evaluate((id) => (window.location.hash = `#/sessions/${id}`), sessionId);
    await other.getByRole('button', { name: 'Start the clock' }).waitFor();

    const timer = page.getByRole('timer', { name: 'Scenario time' });
    expect(await timer.textContent()).toBe('T+00:00:00');
    await page.getByRole('button', { name: 'Speed ×10' }).click();
    await page.getByRole('button', { name: 'Speed ×10', pressed: true }).waitFor();
    await page.getByRole('button', { name: 'Start the clock' }).click();

    // Inject 1 (automatic, T+00:00, everyone) reaches both teams, and nobody else.
    const board = page.getByRole('region', { name: 'Status board' });
    await board.getByRole('rowheader', { name: /^1 Opening brief/ }).waitFor();
    await board.getByRole('button', { name: new RegExp(`^1 × ${COMMAND}: `) }).waitFor();
    await board.getByRole('button', { name: new RegExp(`^1 × ${SECURITY}: `) }).waitFor();
    expect(await board.getByRole('columnheader').allTextContents()).toEqual(['Inject', COMMAND, SECURITY]);
    // The clock ticks at ×10: ten scenario seconds pass in little more than one.
    await page.waitForFunction(() => {
      const t = document.querySelector('[role="timer"]')?.textContent ?? '';
      return t >= 'T+00:00:10';
    });

    // The contingency inject waits in reserve until the facilitator plays it.
    const queue = page.getByRole('region', { name: 'Inject queue' });
    const reserve = queue.getByRole('list', { name: 'Contingency reserve' });
    await reserve.getByRole('button', { name: /^Play: C1 / }).click();
    await board.getByRole('rowheader', { name: /^C1 / }).waitFor();
    await board.getByRole('button', { name: new RegExp(`^C1 × ${COMMAND}: `) }).waitFor();
    await queue.getByRole('list', { name: 'Released' }).getByText('Third floor asks whether to evacuate').waitFor();
    await other.getByRole('region', { name: 'Status board' }).getByRole('rowheader', { name: /^C1 / }).waitFor();

    // Single-machine mode: the facilitator records the team's acknowledgement for it.
    await board.getByRole('button', { name: new RegExp(`^1 × ${COMMAND}: `) }).click();
    const scribe = page.getByRole('dialog', { name: `Record for ${COMMAND}` });
    await scribe.getByRole('button', { name: 'Record acknowledgement' }).click();
    await scribe.waitFor({ state: 'detached' });
    await board
      .getByRole('button', { name: new RegExp(`^1 × ${COMMAND}: Acknowledged \\(entered by scribe\\)`) })
      .waitFor();

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const paused = await timer.textContent();
    await page.waitForTimeout(600);
    expect(await timer.textContent()).toBe(paused);
    // Space is the primary action from anywhere that does not take Space itself.
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();

    expect(await unnamedControls(page)).toEqual([]);
    await screenshot(page, 'console-flow-en-1280');

    // Ending is explicit and asks first; the session then opens read-only, with "Run again".
    await page.getByRole('button', { name: 'End session' }).click();
    const confirm = page.getByRole('dialog', { name: 'End the session?' });
    await confirm.getByRole('button', { name: 'End session' }).click();
    await page.getByText('This session is over and opens read-only.').waitFor();
    await page.getByRole('button', { name: 'Run again' }).waitFor();
    await page
      .getByRole('region', { name: 'Scenario clock' })
      .getByRole('status')
      .filter({ hasText: 'Ended' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Start the clock' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Release now/ }).count()).toBe(0);
    await screenshot(page, 'console-ended-en-1280');

    // The library lists the exercise's sessions; the ended one opens the console.
    await page.getByRole('link', { name: 'Drillbook' }).click();
    await page
      .getByRole('button', { name: `Sessions: ${TITLE}` })
      .first()
      .click();
    const sessions = page.getByRole('dialog', { name: `Sessions of ${TITLE}` });
    await sessions.getByText('Ended').waitFor();
    await sessions.getByRole('link').first().click();
    await page.getByRole('button', { name: 'Run again' }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/sessions/${sessionId}`);
    // Two pages, a dozen round trips and a wait for ×10 to show: more than the default minute on a busy machine.
  }, 120_000);

  for (const [locale, browserLocale] of BROWSER_LOCALES) {
    it(`looks right in ${locale}, wide and narrow`, async () => {
      const host = await e2e.host();
      const setup = await e2e.newPage({ locale: 'en-US', width: 1280 });
      await setup.page.goto(host.url);
      const sessionId = await startSession(setup.page);
      await setup.page.getByRole('button', { name: 'Start the clock' }).click();
      await setup.page.getByRole('button', { name: 'Pause' }).waitFor();

      for (const width of [1280, 420]) {
        const { page } = await e2e.newPage({ locale: browserLocale, width });
        await page.goto(host.url);
        await page.evaluate((id) => (window.location.hash = `#/sessions/${id}`), sessionId);
        await page.getByRole('button', { name: catalogueText(locale, 'console.controls.pause') }).waitFor();
        await page.getByRole('region', { name: catalogueText(locale, 'console.board.title') }).waitFor();
        expect(await unnamedControls(page)).toEqual([]);
        await screenshot(page, `console-${locale}-${width}`);

        await page.getByRole('link', { name: 'Drillbook' }).click();
        const start = catalogueText(locale, 'console.start.action');
        await page
          .getByRole('button', { name: `${start}: ${TITLE}` })
          .first()
          .click();
        await page.getByRole('dialog').getByRole('checkbox').first().waitFor();
        await screenshot(page, `console-start-${locale}-${width}`);
      }
    }, 120_000);
  }
});
