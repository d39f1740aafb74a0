// Controllers and evaluators join like everyone else (issue #7): with the code, in their
// own browser, asking for their role; the facilitator admits them in the console's
// participants panel, and the join page becomes the console — to run the session for a
// controller (who releases an inject a team then receives), read-only for an evaluator.
// Then each of those screens in every language, desktop and phone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locale } from '../../shared/i18n/locales';
import { connect, connectGuest } from '../support/wsClient';
import { SCREENSHOT_DIR, unnamedControls } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { BROWSER_LOCALES, catalogueText } from './support/catalogue';
import { openJoinPageAs } from './support/guestPage';
import type { RunningHost } from './support/host';
import { tokenOfLink } from '../support/staffLink';

const e2e = useBrowserAndHost();
const SHOTS = path.join(SCREENSHOT_DIR, 'controllers');
const TITLE = 'Harbour fire';
const PRIVATE = 'Call from the port police chief';

/** A session of a two-team exercise over the staff API: inject 2 (manual) goes to the port police only. */
async function setUp(host: RunningHost) {
  const url = new URL(host.url);
  const token = tokenOfLink(url);
  const port = Number(url.port);
  const staff = await connect(port, token);
  const exercise = await staff.value<{ id: string }>('library.create', {
    title: TITLE,
    teams: [
      { id: 'A', name: 'Port police', colour: '#336699' },
      { id: 'B', name: 'Fire and rescue', colour: '#993333' },
    ],
    injects: [
      {
        id: '2',
        number: '2',
        offsetSec: 60,
        release: 'manual',
        channel: 'phone',
        sender: 'Harbour radio',
        title: PRIVATE,
        recipientTeamIds: ['A'],
        controllerNotes: 'Push for a cordon',
      },
    ],
  });
  const { view } = await staff.value<{ view: { sessionId: string; joinCode: string } }>('session.create', {
    exerciseId: exercise.id,
    teamIds: ['A', 'B'],
    staff: [{ id: 'fac', name: 'Lan', role: 'facilitator' }],
  });
  return { staff, port, sessionId: view.sessionId, joinCode: view.joinCode };
}

async function openConsole(page: Page, host: RunningHost, sessionId: string) {
  await page.goto(host.url);
  await page.evaluate((id) => (window.location.hash = `#/sessions/${id}`), sessionId);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

/** Fills the join page for `role` and joins; the page then shows the waiting room. */
async function joinAs(page: Page, locale: Locale, name: string, role: 'controller' | 'evaluator') {
  const text = (key: string) => catalogueText(locale, key);
  await page.getByRole('radio', { name: text(`guest.join.roles.${role}`) }).check();
  // Neither role belongs to a team: there is no team to pick.
  await page.getByRole('group', { name: text('guest.join.team') }).waitFor({ state: 'detached' });
  await page.getByRole('textbox', { name: text('guest.join.name') }).fill(name);
  await page.getByRole('button', { name: text('guest.join.join') }).click();
  await page.getByRole('heading', { name: text('guest.waiting.title') }).waitFor();
}

describe('controllers and evaluators join with the code', () => {
  it('a controller joins, is admitted as one in the console, runs the session; an evaluator lands on the read-only console', async () => {
    const host = await e2e.host();
    const { staff, port, sessionId, joinCode } = await setUp(host);
    const facilitator = (await e2e.newPage({ locale: 'en-US', width: 1280 })).page;
    await openConsole(facilitator, host, sessionId);
    const panel = facilitator.getByRole('region', { name: 'Participants' });

    // The controller, in a browser of their own.
    const controller = (await e2e.newPage({ locale: 'en-US', width: 1280 })).page;
    await controller.goto(`${host.origin}/#/join?code=${joinCode}`);
    await controller.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await joinAs(controller, 'en', 'Hùng', 'controller');
    await controller.getByText('Controller (control cell)').waitFor();

    // The console offers what was asked for; only the owner may make a controller.
    await panel.getByText('asks to be a controller').waitFor();
    const choice = panel.getByRole('combobox', { name: 'Admit Hùng as' });
    expect(await choice.locator('option:checked').textContent()).toBe('Controller (runs the console)');
    await panel.getByRole('button', { name: 'Admit Hùng' }).click();
    await panel.getByRole('heading', { name: 'Controllers' }).waitFor();

    // The controller's page becomes the console, without what only the owner does.
    await controller.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await controller.getByText(catalogueText('en', 'console.controller.notice')).waitFor();
    for (const owners of ['End session', 'Abort', 'Invite participants', 'Open projector window'])
      expect(await controller.getByRole('button', { name: owners }).count(), owners).toBe(0);
    expect(await unnamedControls(controller)).toEqual([]);

    // A team member of the port police (joined from another device; the controller admits them).
    const phoneSocket = await connectGuest(port, '127.0.0.9');
    const member = await phoneSocket.value<{ secret: string }>('session.join', {
      joinCode,
      name: 'Minh',
      requestedTeamId: 'A',
      requestedRole: 'team',
    });
    phoneSocket.ws.close();
    const phone = (await e2e.newPage({ locale: 'en-US', width: 360 })).page;
    await openJoinPageAs(phone, host.origin, member.secret);
    await phone.getByRole('heading', { name: 'Waiting to be admitted' }).waitFor();
    const controllersPanel = controller.getByRole('region', { name: 'Participants' });
    // Controllers do not move or remove themselves.
    await controllersPanel.getByRole('heading', { name: 'Controllers' }).waitFor();
    expect(await controllersPanel.getByRole('button', { name: 'Remove Hùng' }).count()).toBe(0);
    // The controller's admission choice has no controller in it.
    const memberChoice = controllersPanel.getByRole('combobox', { name: 'Admit Minh as' });
    expect(await memberChoice.getByRole('option').allTextContents()).not.toContain('Controller (runs the console)');
    await controllersPanel.getByRole('button', { name: 'Admit Minh' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Port police' }).waitFor();

    // The controller starts the clock and releases inject 2; the team receives it.
    await controller.getByRole('button', { name: 'Start the clock' }).click();
    const queue = controller.getByRole('region', { name: 'Inject queue' });
    await queue.getByRole('button', { name: `Release now: 2 ${PRIVATE}` }).click();
    await phone
      .getByRole('alert')
      .filter({ hasText: /^New inject 2:/ })
      .waitFor();
    await facilitator.getByRole('region', { name: 'Status board' }).getByRole('rowheader', { name: /^2 / }).waitFor();
    const { events } = await staff.value<{ events: { type: string; actor: { kind: string; id: string } }[] }>(
      'session.events',
      { sessionId, afterSeq: 0 },
    );
    const controllerId = events.find((e) => e.type === 'participant_joined' && e.actor.id)!.actor.id;
    expect(events.find((e) => e.type === 'inject_released')?.actor).toEqual({ kind: 'staff', id: controllerId });

    // An evaluator joins the same way and lands on the read-only console.
    const evaluator = (await e2e.newPage({ locale: 'en-US', width: 1280 })).page;
    await evaluator.goto(`${host.origin}/#/join?code=${joinCode}`);
    await evaluator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await joinAs(evaluator, 'en', 'Mai', 'evaluator');
    await panel.getByRole('button', { name: 'Admit Mai' }).click();
    await evaluator.getByText(catalogueText('en', 'console.evaluator.readOnly')).waitFor();
    await evaluator.getByRole('region', { name: 'Status board' }).getByRole('rowheader', { name: /^2 / }).waitFor();
    expect(await evaluator.getByRole('button', { name: /Release|Pause|Start|Admit|Remove/ }).count()).toBe(0);

    // Removed by the facilitator, the controller's page says so.
    await panel.getByRole('button', { name: 'Remove Hùng' }).click();
    await facilitator.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await controller.getByText(catalogueText('en', 'session.errors.removed')).waitFor();
    staff.ws.close();
  }, 180_000);

  for (const [locale, browserLocale] of BROWSER_LOCALES) {
    it(`the join page's roles, the waiting room, the controller's and the evaluator's consoles in ${locale}`, async () => {
      // A host of its own: joins are limited per address, and every shot joins again.
      const host = await e2e.startHost();
      const { staff, port, sessionId, joinCode } = await setUp(host);
      const text = (key: string) => catalogueText(locale, key);
      fs.mkdirSync(SHOTS, { recursive: true });
      const both = async (page: Page, name: string) => {
        for (const width of [1280, 360]) {
          await page.setViewportSize({ width, height: 800 });
          await page.screenshot({ path: path.join(SHOTS, `${name}-${locale}-${width}.png`), fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      };
      const admitNewest = async (role: 'controller' | 'evaluator') => {
        const { view } = await staff.value<{ view: { participants: { id: string; status: string }[] } }>(
          'session.get',
          { sessionId },
        );
        const person = view.participants.filter((p) => p.status === 'waiting').at(-1)!;
        await staff.value('session.command', {
          sessionId,
          command: { type: 'admitParticipant', participantId: person.id, role },
        });
      };
      await staff.value('session.command', { sessionId, command: { type: 'start' } });
      await staff.value('session.command', { sessionId, command: { type: 'release', injectId: '2' } });

      const { page } = await e2e.newPage({ locale: browserLocale, width: 1280 });
      await page.goto(`${host.origin}/#/join?code=${joinCode}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.getByRole('radio', { name: text('guest.join.roles.controller') }).check();
      await both(page, 'join-roles');
      await joinAs(page, locale, 'Nguyễn Văn Hùng', 'controller');
      await page.getByText(text('guest.join.roles.controller')).waitFor();
      await page.getByText(text('guest.waiting.keepOpenConsole')).waitFor();
      await both(page, 'waiting-controller');
      await admitNewest('controller');
      await page.getByText(text('console.controller.notice')).waitFor();
      await page.getByRole('region', { name: text('console.board.title') }).waitFor();
      await both(page, 'controller-console');

      // The evaluator joins from another device; their page resumes on the join page.
      const device = await connectGuest(port, '127.0.0.9');
      const joined = await device.value<{ secret: string }>('session.join', {
        joinCode,
        name: 'Phạm Thị Mai',
        requestedRole: 'evaluator',
      });
      device.ws.close();
      await admitNewest('evaluator');
      const evaluator = (await e2e.newPage({ locale: browserLocale, width: 1280 })).page;
      await openJoinPageAs(evaluator, host.origin, joined.secret);
      await evaluator.getByText(text('console.evaluator.readOnly')).waitFor();
      await evaluator.getByRole('region', { name: text('console.board.title') }).waitFor();
      await both(evaluator, 'evaluator-console');
      staff.ws.close();
    }, 120_000);
  }
});
