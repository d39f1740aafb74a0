// WCAG 2.1 AA on every screen and dialog: axe-core's rules in all four languages, at
// desktop (1280 px) and phone (360 px) width, and no sideways scrolling at 320 px.
// One host and one browser for the file; the library, an exercise, two sessions and the
// files to import are made once, then each language × width walks the SCREENS table
// on one page and reports every finding of every screen together.
//
// To add a screen: append a row to SCREENS with a `name`, an `open` that gets there
// from anywhere (set the route with `go`, then click as a user would, and wait for
// what shows the screen is ready), and for a dialog `scope: DIALOG` and a `close`
// that leaves it (Escape). `t` gives the page's own texts, so the same row works in
// every language; `seed` holds the ids and files made once for the whole file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SECRET_KEYS } from '../../renderer/guest/guestConnection';
import { createTranslator, type Translate } from '../../shared/i18n/translator';
import { axeFindings, describeFindings, pageScrollWidth } from './support/axeAudit';
import { screenshot } from './support/browser';
import { useBrowserAndHost } from './support/browserAndHost';
import { BROWSER_LOCALES } from './support/catalogue';

const e2e = useBrowserAndHost();

const TITLE = "First response to a terrorist incident at a provincial department's office";
const SCRATCH = 'Scratch exercise for the undo toast';
const ARCHIVED = 'Archived evacuation drill';
const DIALOG = 'dialog[open]';

type Seed = {
  exerciseId: string;
  idleSessionId: string;
  runningSessionId: string;
  drillFile: string;
  csvFile: string;
  /** The running session's code, its projector link's secret, and an admitted evaluator's secret. */
  joinCode: string;
  projectorSecret: string;
};

export type AuditStep = { page: Page; t: Translate; seed: Seed };
export type AuditScreen = {
  name: string;
  /** A CSS selector to audit instead of the whole page (an open dialog). */
  scope?: string;
  /** Save a screenshot of it (test-results/screenshots/a11y-…) to look at. */
  shot?: boolean;
  open(step: AuditStep): Promise<void>;
  close?(step: AuditStep): Promise<void>;
};

/** Sets the screen in the address, as a link would, and waits for the app to follow. */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    if (window.location.hash !== h) window.location.hash = h;
  }, hash);
}

const escape = async ({ page }: AuditStep) => {
  await page.keyboard.press('Escape');
  await page.locator(DIALOG).waitFor({ state: 'detached' });
};

async function library({ page, t }: AuditStep) {
  await go(page, '#/');
  await page.getByRole('heading', { level: 1, name: t('library.title') }).waitFor();
  await page.getByRole('list', { name: t('library.listLabel') }).waitFor();
}

async function editorTab({ page, seed }: AuditStep, tab: string) {
  await go(page, `#/exercises/${seed.exerciseId}`);
  await page.locator(`#tab-${tab}`).click();
  await page.locator(`#panel-${tab}`).waitFor();
}

async function cardButton(step: AuditStep, verbKey: string, title = TITLE) {
  await library(step);
  await step.page
    .getByRole('button', { name: `${step.t(verbKey)}: ${title}`, exact: true })
    .first()
    .click();
}

export const SCREENS: AuditScreen[] = [
  { name: 'library', open: library },
  {
    name: 'library, no match',
    open: async (step) => {
      await library(step);
      await step.page.getByRole('searchbox', { name: step.t('library.search.label') }).fill('zzqx no such drill');
      await step.page.getByText(step.t('library.noMatch')).waitFor();
    },
    close: async ({ page, t }) => {
      await page.getByRole('searchbox', { name: t('library.search.label') }).fill('');
    },
  },
  {
    name: 'library, archived shown',
    open: async (step) => {
      await library(step);
      await step.page.getByRole('checkbox', { name: step.t('library.filter.archived') }).check();
      await step.page.getByRole('link', { name: ARCHIVED }).waitFor();
    },
    close: async ({ page, t }) => {
      await page.getByRole('checkbox', { name: t('library.filter.archived') }).uncheck();
    },
  },
  {
    name: 'library, undo toast',
    shot: true,
    open: async (step) => {
      await cardButton(step, 'library.action.delete', SCRATCH);
      await step.page.getByRole('button', { name: step.t('library.undo'), exact: true }).waitFor();
    },
    close: async ({ page, t }) => {
      await page.getByRole('button', { name: t('library.undo'), exact: true }).click();
      await page.getByRole('link', { name: SCRATCH }).waitFor();
    },
  },
  {
    name: 'new-exercise dialog',
    scope: DIALOG,
    open: async (step) => {
      await library(step);
      await step.page.getByRole('button', { name: step.t('library.newExercise') }).click();
      await step.page.getByRole('dialog', { name: step.t('library.newExercise') }).waitFor();
    },
    close: escape,
  },
  {
    name: 'template dialog',
    scope: DIALOG,
    open: async (step) => {
      await library(step);
      await step.page.getByRole('button', { name: step.t('library.newFromTemplate') }).click();
      const dialog = step.page.getByRole('dialog', { name: step.t('library.templates.title') });
      await dialog.getByRole('listitem').first().waitFor();
    },
    close: escape,
  },
  {
    name: '.drill import dialog, with a conflict',
    scope: DIALOG,
    open: async (step) => {
      await library(step);
      await step.page.getByRole('button', { name: step.t('library.import.button') }).click();
      const dialog = step.page.getByRole('dialog', { name: step.t('drill.import.title') });
      await dialog.getByLabel(step.t('library.import.chooseFile')).setInputFiles(step.seed.drillFile);
      await dialog.getByRole('list', { name: step.t('drill.import.preview') }).waitFor();
    },
    close: escape,
  },
  {
    name: 'start-session dialog',
    scope: DIALOG,
    open: async (step) => {
      await cardButton(step, 'console.start.action');
      await step.page.getByRole('dialog').getByRole('checkbox').first().waitFor();
    },
    close: escape,
  },
  {
    name: 'sessions dialog',
    scope: DIALOG,
    open: async (step) => {
      await cardButton(step, 'console.sessions.action');
      await step.page.getByRole('dialog').getByRole('link').first().waitFor();
    },
    close: escape,
  },
  { name: 'editor, overview', open: (step) => editorTab(step, 'overview') },
  {
    name: 'editor, issues panel open',
    open: async (step) => {
      await editorTab(step, 'overview');
      await step.page.locator('.issues-panel summary').click();
      await step.page.locator('.issues-panel ul, .issues-panel .empty').first().waitFor();
    },
    close: async ({ page }) => {
      await page.locator('.issues-panel summary').click();
    },
  },
  { name: 'editor, teams', open: (step) => editorTab(step, 'teams') },
  { name: 'editor, objectives', open: (step) => editorTab(step, 'objectives') },
  { name: 'editor, phases', open: (step) => editorTab(step, 'phases') },
  {
    name: 'editor, MSEL table',
    shot: true,
    open: async (step) => {
      await editorTab(step, 'injects');
      await step.page.getByRole('table', { name: step.t('editor.injects.tableLabel') }).waitFor();
    },
  },
  {
    name: 'editor, inject form (a contingency inject)',
    open: async (step) => {
      await editorTab(step, 'injects');
      const table = step.page.getByRole('table', { name: step.t('editor.injects.tableLabel') });
      await table
        .getByRole('row')
        .filter({ hasText: step.t('editor.injects.contingencyShort') })
        .first()
        .click();
      await step.page.locator('.inject-form h2').waitFor();
    },
  },
  {
    name: 'editor, timeline',
    shot: true,
    open: async (step) => {
      await editorTab(step, 'timeline');
      await step.page.locator('.timeline .block').first().waitFor();
    },
  },
  {
    name: 'MSEL import preview, with problems',
    shot: true,
    scope: DIALOG,
    open: async (step) => {
      await editorTab(step, 'injects');
      await step.page.getByRole('button', { name: step.t('editor.injects.import') }).click();
      const dialog = step.page.getByRole('dialog', { name: step.t('spreadsheet.import.title') });
      await dialog.getByLabel(step.t('spreadsheet.import.chooseFile')).setInputFiles(step.seed.csvFile);
      await dialog.locator('.row-error').first().waitFor();
    },
    close: escape,
  },
  {
    name: 'console, idle',
    open: async (step) => {
      await go(step.page, `#/sessions/${step.seed.idleSessionId}`);
      await step.page.getByRole('button', { name: step.t('console.controls.start') }).waitFor();
    },
  },
  {
    name: 'console, running with a released inject and a message',
    shot: true,
    open: async (step) => {
      await go(step.page, `#/sessions/${step.seed.runningSessionId}`);
      await step.page.getByRole('button', { name: step.t('console.controls.pause') }).waitFor();
      await step.page
        .getByRole('region', { name: step.t('console.board.title') })
        .locator('tbody tr')
        .first()
        .waitFor();
    },
  },
  {
    name: 'console, ad-hoc inject dialog',
    scope: DIALOG,
    open: async (step) => {
      await go(step.page, `#/sessions/${step.seed.runningSessionId}`);
      await step.page.getByRole('button', { name: step.t('console.adHoc.open') }).click();
      await step.page.locator(DIALOG).waitFor();
    },
    close: escape,
  },
  {
    name: 'console, scribe dialog',
    scope: DIALOG,
    open: async (step) => {
      await go(step.page, `#/sessions/${step.seed.runningSessionId}`);
      const board = step.page.getByRole('region', { name: step.t('console.board.title') });
      await board.locator('tbody button').first().click();
      await step.page.locator(DIALOG).waitFor();
    },
    close: escape,
  },
  {
    name: 'console, end-session confirmation',
    scope: DIALOG,
    open: async (step) => {
      await go(step.page, `#/sessions/${step.seed.runningSessionId}`);
      await step.page.getByRole('button', { name: step.t('console.end.button') }).click();
      await step.page.getByRole('dialog', { name: step.t('console.end.title') }).waitFor();
    },
    close: escape,
  },
  {
    name: 'console, invite dialog',
    scope: DIALOG,
    open: async (step) => {
      await go(step.page, `#/sessions/${step.seed.runningSessionId}`);
      await step.page.getByRole('button', { name: step.t('lan.invite.button') }).click();
      await step.page
        .getByRole('dialog', { name: step.t('lan.invite.title') })
        .getByRole('img')
        .first()
        .waitFor();
    },
    close: escape,
  },
  {
    name: 'console, projector dialog',
    scope: DIALOG,
    shot: true,
    open: async (step) => {
      await go(step.page, `#/sessions/${step.seed.runningSessionId}`);
      await step.page.getByRole('button', { name: step.t('lan.projector.button'), exact: true }).click();
      await step.page
        .getByRole('dialog', { name: step.t('lan.projector.title') })
        .getByRole('button', { name: step.t('lan.projector.open') })
        .waitFor();
    },
    close: escape,
  },
  // The guest pages, on the guest connection: join, wait, then the team's view.
  {
    name: 'join page, the code from the link',
    open: async ({ page, t, seed }) => {
      await go(page, `#/join?code=${seed.joinCode}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page
        .getByRole('group', { name: t('guest.join.team') })
        .getByRole('radio')
        .first()
        .waitFor();
    },
  },
  {
    name: 'join page, the controller role chosen',
    open: async ({ page, t }) => {
      await page.getByRole('radio', { name: t('guest.join.roles.controller') }).check();
      // A controller joins no team: the team picker is gone.
      await page.getByRole('group', { name: t('guest.join.team') }).waitFor({ state: 'detached' });
    },
    close: async ({ page, t }) => {
      await page.getByRole('radio', { name: t('guest.join.roles.team') }).check();
    },
  },
  {
    name: 'waiting room',
    open: async ({ page, t }) => {
      await page
        .getByRole('group', { name: t('guest.join.team') })
        .getByRole('radio')
        .first()
        .check();
      await page.getByRole('textbox', { name: t('guest.join.name') }).fill(`Người tham gia ${++joined}`);
      await page.getByRole('button', { name: t('guest.join.join') }).click();
      await page.getByRole('heading', { level: 1, name: t('guest.waiting.title') }).waitFor();
    },
  },
  {
    name: 'team view, inbox',
    open: async (step) => {
      const { page, seed } = step;
      // The control cell admits the newest person waiting, to the team they asked for.
      const { view } = (await callApi(page, 'session.get', { sessionId: seed.runningSessionId })) as {
        view: { participants: { id: string; status: string; requestedTeamId: string | null }[] };
      };
      const person = view.participants.filter((p) => p.status === 'waiting').at(-1)!;
      await callApi(page, 'session.command', {
        sessionId: seed.runningSessionId,
        command: { type: 'admitParticipant', participantId: person.id, teamId: person.requestedTeamId },
      });
      await page
        .getByRole('region', { name: step.t('guest.tabs.inbox') })
        .getByRole('button')
        .first()
        .waitFor();
    },
  },
  {
    name: 'team view, an inject opened',
    open: async ({ page, t }) => {
      await page
        .getByRole('region', { name: t('guest.tabs.inbox') })
        .getByRole('button')
        .first()
        .click();
      await page
        .getByRole('article')
        .getByRole('button', { name: t('guest.inject.acknowledge') })
        .waitFor();
    },
  },
  {
    name: 'team view, messages',
    open: async ({ page, t }) => {
      await page.getByRole('button', { name: t('guest.tabs.messages') }).click();
      await page.getByRole('textbox', { name: t('guest.messages.text') }).waitFor();
    },
  },
  {
    name: 'team view, our log',
    open: async ({ page, t }) => {
      await page.getByRole('button', { name: t('guest.tabs.log') }).click();
      await page.getByRole('heading', { name: t('guest.log.title') }).waitFor();
    },
  },
  {
    name: 'projector',
    open: async ({ page, seed }) => {
      await go(page, `#/projector?secret=${encodeURIComponent(seed.projectorSecret)}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.getByRole('timer').first().waitFor();
    },
  },
  {
    name: 'controller, the console from the join page',
    open: async ({ page, t, seed }) => {
      await joinedAs(page, seed, 'controller');
      await page.getByText(t('console.controller.notice')).waitFor();
      await page.getByRole('region', { name: t('console.board.title') }).waitFor();
    },
  },
  {
    name: 'evaluator, the console read-only from the join page',
    open: async ({ page, t, seed }) => {
      await joinedAs(page, seed, 'evaluator');
      await page.getByText(t('console.evaluator.readOnly')).waitFor();
      await page.getByRole('region', { name: t('console.board.title') }).waitFor();
    },
    // Back to the staff screens for the next language.
    close: async ({ page }) => {
      await go(page, '#/');
    },
  },
];

/** People joined so far in this file (each language × width joins three more). */
let joined = 0;

/**
 * This browser becomes someone who joined the running session as `role` and was admitted
 * as such: joined over the API (fewer join attempts than the form, which the host limits
 * per address), the secret kept where the join page keeps it, the page loaded again.
 */
async function joinedAs(page: Page, seed: Seed, role: 'controller' | 'evaluator'): Promise<void> {
  const person = (await callApi(
    page,
    'session.join',
    { joinCode: seed.joinCode, name: `Phạm Minh Đức ${++joined}`, requestedRole: role },
    'guest',
  )) as { secret: string; principal: { participantId: string } };
  await callApi(page, 'session.command', {
    sessionId: seed.runningSessionId,
    command: { type: 'admitParticipant', participantId: person.principal.participantId, role },
  });
  await page.evaluate(([key, secret]) => window.localStorage.setItem(key!, secret!), [SECRET_KEYS.join, person.secret]);
  await go(page, '#/join');
  await page.reload();
}

let seeded: Promise<Seed> | undefined;

/** The library, sessions and files every screen needs, made once through the app itself. */
function seed(): Promise<Seed> {
  return (seeded ??= makeSeed());
}

async function makeSeed(): Promise<Seed> {
  const host = await e2e.host();
  const { page, context } = await e2e.newPage({ locale: 'en-US', width: 1280 });
  await page.goto(host.url);

  await page.getByRole('button', { name: 'New from template' }).click();
  const templates = page.getByRole('dialog', { name: 'New from template' });
  await templates.getByRole('button', { name: `Use this template: ${TITLE}` }).click();
  await page.waitForURL(/#\/exercises\//);
  const exerciseId = new URL(page.url()).hash.replace('#/exercises/', '');
  await page.getByRole('link', { name: 'Drillbook' }).click();

  for (const title of [SCRATCH, ARCHIVED]) {
    await page.getByRole('button', { name: 'New exercise' }).click();
    const dialog = page.getByRole('dialog', { name: 'New exercise' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/#\/exercises\//);
    await page.getByRole('link', { name: 'Drillbook' }).click();
  }
  await page.getByRole('button', { name: `Archive: ${ARCHIVED}` }).click();
  await page.getByRole('button', { name: `Archive: ${ARCHIVED}` }).waitFor({ state: 'detached' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Export: ${TITLE}` }).click();
  const dir = e2e.dataDir(); // kept for the whole file, unlike a test's temp folder
  const drillFile = path.join(dir, (await download).suggestedFilename());
  await (await download).saveAs(drillFile);

  const csvFile = path.join(dir, 'msel.csv');
  fs.writeFileSync(
    csvFile,
    [
      'No.,Time,From,To,Channel,Message,Expected action',
      '40,T+01:10,Duty officer,First-response command,Phone,Second caller reports smoke,Send a patrol',
      '41,not a time,Duty officer,Nobody we know,Phone,This row has a bad time,',
      '42,T+01:20,Duty officer,First-response command,Radio,Wardens report the floor is clear,Confirm',
    ].join('\r\n'),
  );

  const startSession = async () => {
    await page.getByRole('button', { name: `Start session: ${TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: `Start a session: ${TITLE}` });
    await dialog.getByRole('textbox', { name: 'Facilitator' }).fill('Nguyễn Thị Lan');
    await dialog.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    return new URL(page.url()).hash.replace('#/sessions/', '');
  };
  const idleSessionId = await startSession();
  await page.getByRole('link', { name: 'Drillbook' }).click();
  const runningSessionId = await startSession();
  await page.getByRole('button', { name: 'Start the clock' }).click();
  const reserve = page.getByRole('region', { name: 'Inject queue' }).getByRole('list', { name: 'Contingency reserve' });
  await reserve.getByRole('button', { name: /^Play: C1 / }).click();
  await page.getByRole('region', { name: 'Status board' }).getByRole('rowheader', { name: /^C1 / }).waitFor();
  // A team's message, as a scribe enters it (the console has no button for it yet).
  const snapshot = (await callApi(page, 'session.get', { sessionId: runningSessionId })) as {
    view: { teams: { id: string }[] };
  };
  await callApi(page, 'session.command', {
    sessionId: runningSessionId,
    command: {
      type: 'scribeMessage',
      teamId: snapshot.view.teams[0]!.id,
      messageId: 'a11y-1',
      text: 'Do we evacuate the third floor?',
    },
  });
  await page.getByText('Do we evacuate the third floor?').first().waitFor();
  const { view } = (await callApi(page, 'session.get', { sessionId: runningSessionId })) as {
    view: { joinCode: string };
  };
  const { secret: projectorSecret } = (await callApi(page, 'session.projectorLink', {
    sessionId: runningSessionId,
  })) as { secret: string };
  await context.close();
  return {
    exerciseId,
    idleSessionId,
    runningSessionId,
    drillFile,
    csvFile,
    joinCode: view.joinCode,
    projectorSecret,
  };
}

const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '');

/**
 * One call on the page's own staff connection (the token the app keeps for the tab), or
 * as a guest (`/api?guest=1`), as someone's phone would make it.
 */
async function callApi(page: Page, method: string, input: unknown, as: 'staff' | 'guest' = 'staff'): Promise<unknown> {
  return page.evaluate(
    ({ method, input, as }) =>
      new Promise((resolve, reject) => {
        const token = sessionStorage.getItem('drillbook.token') ?? '';
        const query = as === 'guest' ? 'guest=1' : `token=${encodeURIComponent(token)}`;
        const ws = new WebSocket(`ws://${location.host}/api?${query}`);
        ws.onopen = () => ws.send(JSON.stringify({ id: 1, method, input }));
        ws.onerror = () => reject(new Error(`${method}: the connection failed`));
        ws.onmessage = (e) => {
          const frame = JSON.parse(String(e.data)) as {
            type: string;
            id?: number;
            result?: { ok: boolean; value?: unknown };
          };
          if (frame.type !== 'reply' || frame.id !== 1) return;
          ws.close();
          if (frame.result?.ok) resolve(frame.result.value);
          else reject(new Error(`${method}: ${JSON.stringify(frame.result)}`));
        };
      }),
    { method, input, as },
  );
}

const PHONE = 360;
const NARROWEST = 320;

describe('WCAG 2.1 AA on every screen and dialog (axe-core)', () => {
  for (const [locale, browserLocale] of BROWSER_LOCALES) {
    for (const width of [1280, PHONE]) {
      it(`${locale} at ${width} px`, { timeout: 300_000 }, async () => {
        const s = await seed();
        const { page } = await e2e.newPage({ locale: browserLocale, width });
        await page.goto((await e2e.host()).url);
        const step: AuditStep = { page, t: createTranslator(locale), seed: s };
        const problems: string[] = [];
        for (const screen of SCREENS) {
          const label = `${screen.name} [${locale}, ${width} px]`;
          await screen.open(step);
          if (screen.shot) await screenshot(page, `a11y-${slug(screen.name)}-${locale}-${width}`);
          const findings = await axeFindings(page, screen.scope);
          if (findings.length > 0) problems.push(describeFindings(label, findings));
          if (width === PHONE) {
            await page.setViewportSize({ width: NARROWEST, height: 800 });
            const scrollWidth = await pageScrollWidth(page);
            if (scrollWidth > NARROWEST)
              problems.push(`${label}: scrolls sideways at ${NARROWEST} px (${scrollWidth} px wide)`);
            await page.setViewportSize({ width: PHONE, height: 800 });
          }
          await screen.close?.(step);
        }
        expect(problems.join('\n\n')).toBe('');
      });
    }
  }
});
