// axe-core's WCAG 2.1 A and AA rules, run inside the page (no network), and the layout
// check that goes with them: no horizontal scrolling on a narrow phone. A failure lists
// every rule broken, with the elements that break it, under the screen's label (screen,
// locale, width), so one run of the audit says everything that is wrong at once.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AxeFinding = { rule: string; impact: string; help: string; targets: string[] };

/**
 * What axe finds on the page (or within `scope`, a CSS selector such as an open dialog).
 * Legacy mode runs axe in the page itself: the default opens a blank page in the
 * context to merge frame results, which this app (no iframes) does not need.
 */
export async function axeFindings(page: Page, scope?: string): Promise<AxeFinding[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA).setLegacyMode(true);
  if (scope) builder = builder.include(scope);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${oneLine(n.failureSummary)}` : ''}`),
  }));
}

/** Fails listing every violation, rule by rule, each with its elements, under `label`. */
export async function expectNoViolations(page: Page, label: string, scope?: string): Promise<void> {
  const findings = await axeFindings(page, scope);
  if (findings.length > 0) throw new Error(describeFindings(label, findings));
}

export function describeFindings(label: string, findings: AxeFinding[]): string {
  const lines = findings.flatMap((f) => [
    `${label}: ${f.rule} (${f.impact}) ${f.help}`,
    ...f.targets.map((t) => `    ${t}`),
  ]);
  return `axe found ${findings.length} rule violation(s):\n${lines.join('\n')}`;
}

/** The page's full width (px): more than the window's means it scrolls sideways. */
export async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 240);
}
