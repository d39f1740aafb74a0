// A session started as a facilitator would: a new exercise from the first built-in
// template, then "Start session" on its library card. Shared by the console's e2e tests.
import type { Page } from 'playwright-core';

export const TEMPLATE_TITLE = "First response to a terrorist incident at a provincial department's office";

/** Returns the new session's id; `leaveOut` unticks those teams, `controllers` names the control cell. */
export async function startSessionFromTemplate(
  page: Page,
  options: { leaveOut?: string[]; controllers?: string } = {},
): Promise<string> {
  const title = TEMPLATE_TITLE;
  await page.getByRole('button', { name: 'New from template' }).click();
  const templates = page.getByRole('dialog', { name: 'New from template' });
  await templates.getByRole('button', { name: `Use this template: ${title}` }).click();
  await templates.waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Drillbook' }).click();
  await page
    .getByRole('button', { name: `Start session: ${title}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: `Start a session: ${title}` });
  for (const team of options.leaveOut ?? []) await dialog.getByRole('checkbox', { name: team }).uncheck();
  await dialog.getByRole('textbox', { name: 'Facilitator' }).fill('Nguyễn Thị Lan');
  if (options.controllers)
    await dialog.getByRole('textbox', { name: 'Controllers (optional)' }).fill(options.controllers);
  await dialog.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return new URL(page.url()).hash.replace('#/sessions/', '');
}
