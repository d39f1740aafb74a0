// The room's projector and an evaluator, beside the facilitator's console, each in a
// browser context of its own: the projector shows the clock and only the injects marked
// for everyone; the evaluator follows the console with no control; the participants panel
// admits, and the team views show a team's screen. Then each screen in every language.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import type { StaffView } from '../../shared/session/views';
import { connect, connectGuest } from '../support/wsClient';
import { screenshot, SCREENSHOT_DIR } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { BROWSER_LOCALES, catalogueText } from './support/catalogue';
import { openJoinPageAs } from './support/guestPage';
import { tokenOfLink } from '../support/staffLink';

const e2e = useBrowserAndHost();
const PUBLIC = 'Smoke over the harbour';
const PRIVATE = 'Call from the port police chief';

const manual = (id: string, title: string, extra: Record<string, unknown>) => ({
  id,
  number: id,
  offsetSec: 60,
  release: 'manual',
  channel: 'media',
  sender: 'Harbour radio',
  title,
  body: `${title}: details follow.`,
  ...extra,
});

let setUps = 0;

/** An exercise and a live session set up over the API, a guest waiting as an evaluator. */
async function setUp(rehearsal = false) {
  const host = await e2e.host();
  const url = new URL(host.url);
  const token = tokenOfLink(url);
  const port = Number(url.port);
  const staff = await connect(port, token);
  const exercise = await staff.value<{ id: string }>('library.create', {
    title: 'Harbour fire',
    teams: [
      { id: 'A', name: 'Port police', colour: '#336699' },
      { id: 'B', name: 'Fire and rescue', colour: '#993333' },
    ],
    phases: [{ id: 'ph1', name: 'Alarm', discussionQuestions: ['Who leads the response?'] }],
    injects: [
      manual('1', PUBLIC, { audience: 'all' }),
      manual('2', PRIVATE, { recipientTeamIds: ['A'], controllerNotes: 'Push for a cordon' }),
    ],
  });
  const { view } = await staff.value<{ view: { sessionId: string; joinCode: string } }>('session.create', {
    exerciseId: exercise.id,
    teamIds: ['A', 'B'],
    staff: [{ id: 'fac', name: 'Lan', role: 'facilitator' }],
    rehearsal,
  });
  // Each test's guests come from their own loopback address: joins are limited per address.
  const device = `127.0.0.${10 + ++setUps}`;
  const guest = await connectGuest(port, device);
  const { secret } = await guest.value<{ secret: string }>('session.join', {
    joinCode: view.joinCode,
    name: 'Mai',
    requestedRole: 'evaluator',
  });
  return { host, staff, guest, sessionId: view.sessionId, evaluatorSecret: secret, port, device };
}

async function openConsole(page: Page, hostUrl: string, sessionId: string) {
  await page.goto(hostUrl);
  await page.evaluate((id) => (window.location.hash = `#/sessions/${id}`), sessionId);
}

describe('projector and evaluator, end to end', () => {
  it('the projector shows the clock and public injects only; the evaluator sees the console with no control', async () => {
    const { host, staff, guest, sessionId, evaluatorSecret } = await setUp();
    const { page } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await openConsole(page, host.url, sessionId);

    // The projector's address on this computer, opened on a screen of its own.
    await page.getByRole('button', { name: 'Projector', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Projector screen' });
    const link = await dialog.getByRole('textbox', { name: 'Projector address (This computer)' }).inputValue();
    expect(link).toMatch(/\/#\/projector\?secret=/);
    expect(new URL(link).origin).toBe(new URL(host.url).origin);
    await dialog.getByRole('button', { name: 'Done' }).click();
    const projector = (await e2e.newPage({ locale: 'en-US', width: 1280 })).page;
    await projector.goto(link);
    await projector.getByRole('heading', { level: 1, name: 'Harbour fire' }).waitFor();
    await projector.getByText('Waiting for the exercise to start').waitFor();
    // The secret left the address bar once kept.
    expect(projector.url()).not.toContain('secret=');

    // The waiting evaluator is admitted as one (the role asked for is the default).
    const panel = page.getByRole('region', { name: 'Participants' });
    await panel.getByText('asks to be an evaluator').waitFor();
    await panel.getByRole('button', { name: 'Admit Mai' }).click();
    await panel.getByRole('heading', { name: 'Evaluators' }).waitFor();
    guest.ws.close();

    await page.getByRole('button', { name: 'Start the clock' }).click();
    const queue = page.getByRole('region', { name: 'Inject queue' });
    await queue.getByRole('button', { name: `Release now: 1 ${PUBLIC}` }).click();
    await queue.getByRole('button', { name: `Release now: 2 ${PRIVATE}` }).click();
    await queue.getByRole('list', { name: 'Released' }).getByText(PRIVATE).waitFor();

    await projector.getByRole('heading', { level: 3, name: PUBLIC }).waitFor();
    await projector.waitForFunction(() => {
      const t = document.querySelector('[role="timer"]')?.textContent ?? '';
      return /^T\+\d\d:\d\d:\d\d$/.test(t) && t > 'T+00:00:00';
    });
    expect(await projector.locator('main').textContent()).not.toContain(PRIVATE);

    // The evaluator's page: the console, read-only.
    const evaluator = (await e2e.newPage({ locale: 'en-US', width: 1280 })).page;
    await openJoinPageAs(evaluator, host.origin, evaluatorSecret);
    await evaluator.getByRole('heading', { level: 1, name: 'Harbour fire' }).waitFor();
    const board = evaluator.getByRole('region', { name: 'Status board' });
    await board.getByRole('rowheader', { name: new RegExp(`^2 ${PRIVATE}`) }).waitFor();
    await evaluator.getByRole('timer', { name: 'Scenario time' }).waitFor();
    expect(await evaluator.getByRole('button', { name: /Release|Pause|Start|Hold|Skip|Record/ }).count()).toBe(0);
    // The facilitator pauses; the evaluator's console follows.
    await page.getByRole('button', { name: 'Pause' }).click();
    await evaluator.getByText('Paused · ×1').waitFor();
    await projector.getByText('Paused', { exact: true }).waitFor();
    staff.ws.close();
  }, 120_000);

  for (const [locale, browserLocale] of BROWSER_LOCALES) {
    it(`looks right in ${locale}: projector wide and on a phone, participants, team views, evaluator`, async () => {
      const { host, staff, guest, sessionId, evaluatorSecret, port, device } = await setUp(true);
      const command = (cmd: unknown) =>
        staff.value<{ view: StaffView }>('session.command', { sessionId, command: cmd });
      const { view } = await staff.value<{ view: StaffView }>('session.get', { sessionId });
      await command({ type: 'admitParticipant', participantId: view.participants[0]!.id, role: 'evaluator' });
      // One admitted team member, one still waiting.
      const members = [];
      for (const [name, team] of [
        ['Trần Văn Minh', 'A'],
        ['Lê Hoa', 'B'],
      ] as const) {
        const member = await connectGuest(port, device);
        members.push(member);
        const joined = await member.value<{ principal: { participantId: string } }>('session.join', {
          joinCode: view.joinCode,
          name,
          requestedTeamId: team,
        });
        if (team === 'A')
          await command({ type: 'admitParticipant', participantId: joined.principal.participantId, teamId: 'A' });
      }
      await command({ type: 'start' });
      await command({ type: 'startPhase', phaseId: 'ph1' });
      await command({ type: 'jump', toMs: 12 * 60_000 });
      await command({ type: 'release', injectId: '1' });
      await command({ type: 'jump', toMs: 19 * 60_000 });
      await command({ type: 'release', injectId: '2' });
      await command({ type: 'raiseQuestion', source: { kind: 'phase', phaseId: 'ph1' }, index: 0 });
      await command({ type: 'pause' });
      const { secret } = await staff.value<{ secret: string }>('session.projectorLink', { sessionId });
      const text = (key: string) => catalogueText(locale, key);

      const facilitator = await e2e.newPage({ locale: browserLocale, width: 1280 });
      await openConsole(facilitator.page, host.url, sessionId);
      const panel = facilitator.page.getByRole('region', { name: text('console.participants.title') });
      await panel.getByRole('heading', { name: text('console.participants.evaluators') }).waitFor();
      await panel
        .getByRole('img', { name: text('console.participants.connected') })
        .first()
        .waitFor();
      await shotOf(panel, `console-participants-${locale}`);
      const views = facilitator.page.getByRole('region', { name: text('console.teamViews.title') });
      await views.getByText(PRIVATE, { exact: true }).waitFor();
      await shotOf(views, `console-team-preview-${locale}`);
      await facilitator.context.close();

      for (const width of [1920, 360]) {
        const projector = await e2e.newPage({ locale: browserLocale, width });
        if (width === 1920) await projector.page.setViewportSize({ width: 1920, height: 1080 });
        await projector.page.goto(`${host.origin}/#/projector?secret=${encodeURIComponent(secret)}`);
        await projector.page.getByRole('heading', { level: 3, name: PRIVATE }).waitFor({ state: 'detached' });
        await projector.page.getByRole('heading', { level: 3, name: PUBLIC }).waitFor();
        await projector.page.getByText('Who leads the response?').waitFor();
        await screenshot(projector.page, `projector-${locale}-${width}`);
        await projector.context.close();
      }

      const evaluator = await e2e.newPage({ locale: browserLocale, width: 1280 });
      await openJoinPageAs(evaluator.page, host.origin, evaluatorSecret);
      await evaluator.page.getByText(text('console.evaluator.readOnly')).waitFor();
      await evaluator.page.getByRole('region', { name: text('console.board.title') }).waitFor();
      await screenshot(evaluator.page, `evaluator-${locale}-1280`);
      for (const socket of [staff, guest, ...members]) socket.ws.close();
    }, 120_000);
  }
});

async function shotOf(locator: ReturnType<Page['getByRole']>, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await locator.screenshot({ path: file });
  return file;
}
