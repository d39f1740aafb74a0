// A participant on a phone, end to end: joins with the code, waits, is admitted by the
// control cell, gets an inject with an alert, opens it, acknowledges and answers with a
// decision option; then loses the network, writes to the control cell, and sees it sent
// once back online. Then the guest screens looked at in every language, phone and desktop.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Locale } from '../../shared/i18n/locales';
import { connect } from '../support/wsClient';
import { SCREENSHOT_DIR, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { BROWSER_LOCALES, catalogueText } from './support/catalogue';
import type { RunningHost } from './support/host';
import { tokenOfLink } from '../support/staffLink';

const e2e = useBrowserAndHost();
const SHOTS = path.join(SCREENSHOT_DIR, 'guest');

/** The control cell, over the staff link's API (the console's admit button is another branch's). */
async function controlCell(host: RunningHost) {
  const url = new URL(host.url);
  const token = tokenOfLink(url);
  const staff = await connect(Number(url.port), token);
  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = await staff.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  }
  type Snapshot = { view: { sessionId: string; joinCode: string; participants: { id: string; name: string }[] } };
  return {
    call,
    close: () => staff.ws.terminate(),
    /** A session of the office-terrorism template in `locale`, with two teams. */
    async session(locale: Locale) {
      const exercise = await call<{ id: string; title: string; teams: { id: string; name: string }[] }>(
        'templates.instantiate',
        { key: 'office-terrorism', locale },
      );
      const created = await call<Snapshot>('session.create', {
        exerciseId: exercise.id,
        teamIds: ['command', 'security'],
        staff: [{ id: 'fac', name: 'Nguyễn Thị Lan', role: 'facilitator' }],
      });
      const { sessionId, joinCode } = created.view;
      const command = (cmd: unknown) => call<Snapshot>('session.command', { sessionId, command: cmd });
      return {
        exercise,
        sessionId,
        joinCode,
        command,
        async admit(name: string, teamId: string) {
          const { view } = await call<Snapshot>('session.get', { sessionId });
          const person = view.participants.find((p) => p.name === name)!;
          await command({ type: 'admitParticipant', participantId: person.id, teamId });
        },
      };
    },
  };
}

/** Keeps the page's WebSockets reachable, so a test can drop them as a lost Wi-Fi would. */
async function trackSockets(page: Page) {
  await page.addInitScript(() => {
    const sockets: WebSocket[] = [];
    (window as unknown as { __sockets: WebSocket[] }).__sockets = sockets;
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        sockets.push(this);
      }
    };
  });
}

/** No network: new connections fail, and the open one is dropped. */
async function goOffline(page: Page, context: BrowserContext) {
  await context.setOffline(true);
  await page.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.forEach((s) => s.close()));
}

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

describe('a participant on a phone', () => {
  it('joins, is admitted, answers an inject, and sends what was written offline once back', async () => {
    const host = await e2e.host();
    const control = await controlCell(host);
    try {
      const session = await control.session('en');
      const { page, context } = await e2e.newPage({ locale: 'en-US', width: 360 });
      await trackSockets(page);
      await page.goto(`${host.origin}/#/join?code=${session.joinCode}`);

      // The code from the link shows the session and its teams straight away.
      await page.getByRole('heading', { level: 1, name: session.exercise.title }).waitFor();
      await page.getByRole('radio', { name: /^Security and evacuation wardens/ }).check();
      await page.getByRole('textbox', { name: 'Your name' }).fill('Trần Văn Minh');
      await page.getByRole('button', { name: 'Join' }).click();
      await page.getByRole('heading', { name: 'Waiting to be admitted' }).waitFor();
      await page.getByText('Security and evacuation wardens').waitFor();

      await session.admit('Trần Văn Minh', 'security');
      // The waiting room turns into the team's view by itself.
      await page.getByRole('heading', { level: 1, name: 'Security and evacuation wardens' }).waitFor();
      expect(await unnamedControls(page)).toEqual([]);

      // Inject 3 (to command and security) offers three decisions.
      await session.command({ type: 'release', injectId: 'i03' });
      const alert = page.getByRole('alert').filter({ hasText: /^New inject 3:/ });
      await alert.waitFor();
      await alert.getByRole('button', { name: 'Open' }).click();
      const detail = page.getByRole('article');
      await detail.getByRole('heading', { level: 2 }).waitFor();
      await detail.getByRole('button', { name: 'Acknowledge' }).click();
      await detail.getByText(/^Acknowledged at T\+/).waitFor();

      const options = detail.getByRole('radio');
      expect(await options.count()).toBe(3);
      const chosen = (await options.nth(1).locator('xpath=..').textContent())!.trim();
      await options.nth(1).check();
      await detail.getByRole('button', { name: 'Send response' }).click();
      await detail.getByRole('list').getByText(chosen).waitFor();
      await expect.poll(() => detail.getByText('Waiting to send').count()).toBe(0);

      // The control cell's board has it, as the team's own.
      const board = await control.call<{
        view: { board: { injectId: string; teamId: string; acknowledged: unknown; responseCount: number }[] };
      }>('session.get', { sessionId: session.sessionId });
      expect(board.view.board.find((c) => c.injectId === 'i03' && c.teamId === 'security')).toMatchObject({
        acknowledged: expect.objectContaining({ enteredBy: 'team' }),
        responseCount: 1,
      });

      // Offline: the page says so, keeps the message, and sends it once back.
      await goOffline(page, context);
      await page.getByText(/^You are offline\./).waitFor();
      await page.getByRole('button', { name: 'Messages' }).click();
      await page.getByRole('textbox', { name: 'Your message' }).fill('Need two more stretchers');
      await page.getByRole('button', { name: 'Send message' }).click();
      await page.getByText('Waiting to send').waitFor();
      // Kept in the browser: a reload while offline would still have it.
      const kept = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('drillbook.guest.outbox.')),
      );
      expect(kept).toHaveLength(1);
      await context.setOffline(false);
      await expect.poll(() => page.getByText('Waiting to send').count(), { timeout: 20_000 }).toBe(0);
      await page.getByText('Need two more stretchers').waitFor();
      const after = await control.call<{ view: { messages: { teamId: string; text: string }[] } }>('session.get', {
        sessionId: session.sessionId,
      });
      expect(after.view.messages).toEqual([
        expect.objectContaining({ teamId: 'security', text: 'Need two more stretchers' }),
      ]);
    } finally {
      control.close();
    }
  }, 120_000);
});

describe('the guest screens in every language, phone and desktop', () => {
  for (const [locale, browserLocale] of BROWSER_LOCALES) {
    it(`looks right in ${locale}`, async () => {
      // A host of its own: joins are limited per address, and every page here is 127.0.0.1.
      const host = await e2e.startHost();
      const control = await controlCell(host);
      const text = (key: string) => catalogueText(locale, key);
      const both = async (page: Page, name: string) => {
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await shot(page, `${name}-${locale}-${width}`);
        }
        await page.setViewportSize({ width: 360, height: 800 });
      };
      try {
        const session = await control.session(locale);
        const command = session.exercise.teams.find((t) => t.id === 'command')!;
        const { page, context } = await e2e.newPage({ locale: browserLocale, width: 360 });
        await trackSockets(page);
        await page.goto(`${host.origin}/#/join?code=${session.joinCode}`);
        await page.getByRole('heading', { level: 1, name: session.exercise.title }).waitFor();
        await page.getByRole('radio', { name: new RegExp(`^${command.name}`) }).check();
        await page.getByRole('textbox', { name: text('guest.join.name') }).fill('Lê Hoa');
        expect(await unnamedControls(page)).toEqual([]);
        await both(page, 'join');
        await page.getByRole('button', { name: text('guest.join.join'), exact: true }).click();
        await page.getByRole('heading', { name: text('guest.waiting.title') }).waitFor();
        await both(page, 'waiting');

        await session.admit('Lê Hoa', 'command');
        await page.getByRole('heading', { level: 1, name: command.name }).waitFor();
        // Starting the clock releases inject 1 (T+00:00, everyone); 3 is released by hand.
        await session.command({ type: 'start' });
        await session.command({ type: 'release', injectId: 'i03' });
        await page
          .getByRole('alert')
          .filter({ hasText: text('guest.alert.open') })
          .waitFor();
        await expect.poll(() => page.locator('.inbox-item').count()).toBeGreaterThanOrEqual(2);
        await both(page, 'inbox');

        await page.locator('.inbox-item').first().click();
        await page.getByRole('article').getByRole('radio').first().waitFor();
        await both(page, 'inject');

        await goOffline(page, context);
        await page.getByText(text('guest.offline')).waitFor();
        await page.getByRole('button', { name: text('guest.tabs.messages') }).click();
        await page.getByRole('textbox', { name: text('guest.messages.text') }).fill('Xin thêm hai xe cứu thương');
        await page.getByRole('button', { name: text('guest.messages.send') }).click();
        await page.getByText(text('guest.pending')).waitFor();
        await both(page, 'offline');
        await context.setOffline(false);
        await expect.poll(() => page.getByText(text('guest.pending')).count(), { timeout: 20_000 }).toBe(0);
        await page.getByRole('button', { name: text('guest.tabs.log') }).click();
        await both(page, 'log');
      } finally {
        control.close();
      }
    }, 120_000);
  }
});
