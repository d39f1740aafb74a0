// The console's invite panel, end to end: the join code and a QR code per address, named
// for screen readers, with this computer's address while the office network is closed
// (the office network itself is never opened here: that would bind a private address);
// the projector button opens the projector's own address in a new tab. Then the panel
// looked at in every language, wide and at phone width.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_DIR, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { startSessionFromTemplate } from './support/startSession';
import { BROWSER_LOCALES, catalogueText } from './support/catalogue';

const e2e = useBrowserAndHost();

/** A session from the first template, started from the library; its id and join code. */
async function startSession(page: Page): Promise<{ sessionId: string; joinCode: string }> {
  const sessionId = await startSessionFromTemplate(page);
  const meta = (await page.getByText(/^Join code: /).textContent()) ?? '';
  return { sessionId, joinCode: meta.replace('Join code: ', '') };
}

describe('the invite panel', () => {
  it('shows the join code and a named QR code for this computer while the LAN is closed', async () => {
    const host = await e2e.host();
    const { page, context } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await page.goto(host.url);
    const { joinCode } = await startSession(page);
    expect(joinCode).toMatch(/^\S{4,}$/);

    await page.getByRole('button', { name: 'Invite participants' }).click();
    const panel = page.getByRole('dialog', { name: 'Invite participants' });
    await panel.getByText(joinCode, { exact: true }).waitFor();
    const joinUrl = `${host.origin}/#/join?code=${joinCode}`;
    const qr = panel.getByRole('img', { name: `QR code to join: ${joinUrl}` });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;/);
    // Drawn, not a broken image: the browser decoded it to its full size.
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await panel.getByRole('link', { name: joinUrl }).waitFor();
    await panel.getByRole('heading', { name: 'This computer' }).waitFor();
    await panel.getByText('The office network is closed.', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Open to the office network' }).waitFor();
    expect(await unnamedControls(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Done' }).click();
    await panel.waitFor({ state: 'detached' });

    // The projector opens as its own address, in a tab that shares nothing with this one.
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Projector', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Projector screen' })
      .getByRole('button', { name: 'Open projector window' })
      .click();
    const projector = await opened;
    await projector.waitForURL(/#\/projector\?secret=/);
    const url = new URL(projector.url());
    expect(url.origin).toBe(host.origin);
    expect(url.hash).toMatch(/^#\/projector\?secret=[A-Za-z0-9_-]{16,}$/);
    expect(await projector.evaluate(() => window.opener)).toBeNull();
  }, 120_000);

  for (const [locale, browserLocale] of BROWSER_LOCALES) {
    it(`looks right in ${locale}, wide and at phone width`, async () => {
      const host = await e2e.host();
      const setup = await e2e.newPage({ locale: 'en-US', width: 1280 });
      await setup.page.goto(host.url);
      const { sessionId } = await startSession(setup.page);
      for (const width of [1280, 360]) {
        const { page } = await e2e.newPage({ locale: browserLocale, width });
        await page.goto(host.url);
        await page.evaluate((id) => (window.location.hash = `#/sessions/${id}`), sessionId);
        await page.getByRole('button', { name: catalogueText(locale, 'lan.invite.button') }).click();
        const panel = page.getByRole('dialog', { name: catalogueText(locale, 'lan.invite.title') });
        await panel.getByRole('img').waitFor();
        await panel.getByRole('button', { name: catalogueText(locale, 'lan.invite.open') }).waitFor();
        expect(await unnamedControls(page)).toEqual([]);
        // What the facilitator sees: the dialog over the console, not the page below it.
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `invite-${locale}-${width}.png`) });
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });

        // The projector dialog: open it here, or the address (with a named copy button) for another screen.
        await page.getByRole('button', { name: catalogueText(locale, 'lan.projector.button'), exact: true }).click();
        const projector = page.getByRole('dialog', { name: catalogueText(locale, 'lan.projector.title') });
        await projector.getByRole('button', { name: catalogueText(locale, 'lan.projector.open') }).waitFor();
        await projector.getByText(catalogueText(locale, 'lan.projector.elsewhereClosed')).waitFor();
        const where = catalogueText(locale, 'lan.invite.thisComputer');
        const address = projector.getByRole('textbox', {
          name: catalogueText(locale, 'lan.projector.address').replace('{{where}}', where),
        });
        expect(new URL(await address.inputValue()).origin).toBe(host.origin);
        await projector
          .getByRole('button', { name: catalogueText(locale, 'lan.projector.copyAddress').replace('{{where}}', where) })
          .waitFor();
        expect(await unnamedControls(page)).toEqual([]);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `projector-dialog-${locale}-${width}.png`) });
      }
    }, 120_000);
  }
});
