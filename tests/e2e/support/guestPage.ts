// A browser that already joined: the secret a join gave, kept where the join page keeps it,
// so opening `#/join` resumes as that person (an evaluator or a controller admitted since
// lands on their console), as that person's own browser would after a reload.
import type { Page } from 'playwright-core';
import { SECRET_KEYS } from '../../../renderer/guest/guestConnection';

export async function openJoinPageAs(page: Page, origin: string, secret: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (window.localStorage.getItem(key!) === null) window.localStorage.setItem(key!, value!);
    },
    [SECRET_KEYS.join, secret],
  );
  await page.goto(`${origin}/#/join`);
}
