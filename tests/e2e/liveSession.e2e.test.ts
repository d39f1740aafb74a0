// The whole live session, end to end: a six-inject exercise run at ×10 from start to end
// by a facilitator, with two teams in browser contexts of their own (one on a phone) and
// the room's projector. Each screen shows what it should and never what it should not;
// the participants' WebSocket frames, recorded here, hold none of the control cell's
// secrets; both teams acknowledge and respond, and the facilitator's board shows it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connect } from '../support/wsClient';
import { useBrowserAndHost } from './support/browserAndHost';
import { tokenOfLink } from '../support/staffLink';

const e2e = useBrowserAndHost();

const POLICE = 'Border police';
const HEALTH = 'Port health';
// What no participant and no projector may ever receive.
const SECRETS = {
  notes: 'CONTROLLER-NOTE-cordon-at-gate-3',
  expected: 'EXPECTED-ACTION-isolate-passenger',
  reserve: 'RESERVE-INJECT-second-case',
  question: 'DISCUSSION-QUESTION-who-informs-the-ministry',
};

const inject = (n: number, title: string, extra: Record<string, unknown> = {}) => ({
  id: `i${n}`,
  number: String(n),
  offsetSec: (n - 1) * 30,
  channel: 'phone',
  sender: 'Duty officer',
  title,
  body: `${title}: details follow.`,
  recipientTeamIds: ['P', 'H'],
  controllerNotes: `${SECRETS.notes} (${n})`,
  discussionQuestions: [SECRETS.question],
  ...extra,
});

const INJECTS = [
  inject(1, 'Passenger with fever at the arrivals hall', { audience: 'all' }),
  inject(2, 'Crowd forms at the checkpoint', {
    recipientTeamIds: ['P'],
    decisionOptions: ['Close the gate', 'Keep the gate open'],
    expectedActions: [{ id: 'x2', teamId: 'P', description: SECRETS.expected, timeLimitMin: 10 }],
  }),
  inject(3, 'Sample sent to the laboratory', { recipientTeamIds: ['H'] }),
  inject(4, 'Journalists at the terminal', {}),
  inject(5, 'Second bus arrives', { audience: 'all' }),
  inject(6, 'Laboratory result is negative', {}),
  {
    ...inject(7, SECRETS.reserve),
    number: 'C1',
    contingency: true,
    release: 'manual',
  },
];

/** Every text frame the page's WebSockets receive. */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (frame) => frames.push(String(frame.payload))));
  return frames;
}

async function join(page: Page, origin: string, code: string, team: string, name: string) {
  await page.goto(`${origin}/#/join?code=${code}`);
  await page.getByRole('radio', { name: new RegExp(`^${team}`) }).check();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('heading', { name: 'Waiting to be admitted' }).waitFor();
}

const inboxTitles = async (page: Page) =>
  (await page.getByRole('region', { name: 'Inbox' }).locator('.inbox-title').allTextContents()).map((t) => t.trim());

describe('a live session, end to end', () => {
  it('runs six injects at ×10 with a facilitator, two teams (one on a phone) and the projector', async () => {
    const host = await e2e.host();
    const url = new URL(host.url);
    const staff = await connect(Number(url.port), tokenOfLink(url));
    const exercise = await staff.value<{ id: string }>('library.create', {
      title: 'Fever at the border port',
      teams: [
        { id: 'P', name: POLICE, agency: 'Border guard', colour: '#1f4e79' },
        { id: 'H', name: HEALTH, agency: 'Health quarantine', colour: '#7a2e2e' },
      ],
      injects: INJECTS,
    });
    const { view } = await staff.value<{ view: { sessionId: string; joinCode: string } }>('session.create', {
      exerciseId: exercise.id,
      teamIds: ['P', 'H'],
      staff: [{ id: 'fac', name: 'Nguyễn Thị Lan', role: 'facilitator' }],
    });
    const { sessionId, joinCode } = view;
    const { secret } = await staff.value<{ secret: string }>('session.projectorLink', { sessionId });
    staff.ws.close();

    // The facilitator's console.
    const { page: console_ } = await e2e.newPage({ locale: 'en-US', width: 1280 });
    await console_.goto(host.url);
    await console_.evaluate((id) => (window.location.hash = `#/sessions/${id}`), sessionId);
    await console_.getByRole('heading', { level: 1, name: 'Fever at the border port' }).waitFor();

    // Two teams join: one on a desktop browser, one on a phone. Their frames are recorded.
    const police = (await e2e.newPage({ locale: 'en-US', width: 1280 })).page;
    const health = (await e2e.newPage({ locale: 'en-US', width: 360 })).page;
    const projector = (await e2e.newPage({ locale: 'en-US', width: 1280 })).page;
    const frames = { police: recordFrames(police), health: recordFrames(health), projector: recordFrames(projector) };
    await join(police, host.origin, joinCode, POLICE, 'Trần Văn Minh');
    await join(health, host.origin, joinCode, HEALTH, 'Lê Thị Hoa');

    const participants = console_.getByRole('region', { name: 'Participants' });
    await participants.getByRole('button', { name: 'Admit Trần Văn Minh' }).click();
    await participants.getByRole('button', { name: 'Admit Lê Thị Hoa' }).click();
    await police.getByRole('heading', { level: 1, name: POLICE }).waitFor();
    await health.getByRole('heading', { level: 1, name: HEALTH }).waitFor();

    await projector.goto(`${host.origin}/#/projector?secret=${encodeURIComponent(secret)}`);
    await projector.getByText('Waiting for the exercise to start').waitFor();

    // ×10, start: the six automatic injects come out over 15 s of wall time.
    await console_.getByRole('button', { name: 'Speed ×10' }).click();
    await console_.getByRole('button', { name: 'Start the clock' }).click();
    const board = console_.getByRole('region', { name: 'Status board' });
    await board.getByRole('rowheader', { name: /^6 / }).waitFor({ timeout: 60_000 });

    // Each team has its own injects, never the other's; the projector the public ones only.
    await police.getByRole('region', { name: 'Inbox' }).getByText(INJECTS[5]!.title).waitFor();
    await health.getByRole('region', { name: 'Inbox' }).getByText(INJECTS[5]!.title).waitFor();
    const titles = (ns: number[]) => ns.map((n) => INJECTS[n - 1]!.title).reverse();
    expect(await inboxTitles(police)).toEqual(titles([1, 2, 4, 5, 6]));
    expect(await inboxTitles(health)).toEqual(titles([1, 3, 4, 5, 6]));
    await projector.getByRole('heading', { level: 3, name: INJECTS[4]!.title }).waitFor();
    const shown = (await projector.locator('main').textContent()) ?? '';
    expect(shown).toContain(INJECTS[0]!.title);
    for (const n of [2, 3, 4, 6]) expect(shown).not.toContain(INJECTS[n - 1]!.title);

    // The police open inject 2, acknowledge it and choose a decision.
    await police.getByRole('button', { name: new RegExp(INJECTS[1]!.title) }).click();
    const detail = police.getByRole('article');
    await detail.getByRole('button', { name: 'Acknowledge' }).click();
    await detail.getByText(/^Acknowledged at T\+/).waitFor();
    await detail.getByRole('radio', { name: 'Close the gate' }).check();
    await detail.getByRole('button', { name: 'Send response' }).click();
    await expect.poll(() => detail.getByText('Waiting to send').count()).toBe(0);

    // Port health, on the phone, acknowledge inject 3 and answer in their own words.
    await health.getByRole('button', { name: new RegExp(INJECTS[2]!.title) }).click();
    const phoneDetail = health.getByRole('article');
    await phoneDetail.getByRole('button', { name: 'Acknowledge' }).click();
    await phoneDetail.getByText(/^Acknowledged at T\+/).waitFor();
    await phoneDetail
      .getByRole('textbox', { name: 'Your response (optional when you choose a decision)' })
      .fill('Sample couriered; result expected within two hours');
    await phoneDetail.getByRole('button', { name: 'Send response' }).click();
    await expect.poll(() => phoneDetail.getByText('Waiting to send').count()).toBe(0);

    // The facilitator's board shows both, as the teams' own (not the scribe's).
    await board.getByRole('button', { name: new RegExp(`^2 × ${POLICE}: .*Responded`) }).waitFor();
    await board.getByRole('button', { name: new RegExp(`^3 × ${HEALTH}: .*Responded`) }).waitFor();
    expect(await board.getByRole('button', { name: /entered by scribe/ }).count()).toBe(0);

    // To the end.
    await console_.getByRole('button', { name: 'End session' }).click();
    await console_
      .getByRole('dialog', { name: 'End the session?' })
      .getByRole('button', { name: 'End session' })
      .click();
    await console_.getByText('This session is over and opens read-only.').waitFor();
    await projector.getByText('The exercise has ended').waitFor();

    // Nothing secret ever crossed the wire to a team or the projector.
    for (const [who, received] of Object.entries(frames)) {
      expect(received.length, who).toBeGreaterThan(3);
      const all = received.join('\n');
      for (const secretText of Object.values(SECRETS))
        expect(all, `${who} received ${secretText}`).not.toContain(secretText);
    }
    // …and a team never another team's inject.
    expect(frames.police.join('\n')).not.toContain(INJECTS[2]!.title);
    expect(frames.health.join('\n')).not.toContain(INJECTS[1]!.title);
    expect(frames.projector.join('\n')).not.toContain(INJECTS[1]!.title);
  }, 180_000);
});
