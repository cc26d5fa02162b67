import * as fs from 'fs';
import { Page } from 'playwright-core';
import { fromRoot } from '../../domain/paths';

/** WCAG 2.0 and 2.1, levels A and AA: the audit the issue asks both pages to pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let source: string | undefined;

/**
 * Runs axe-core (the dev dependency's browser build) in the page as it is now. The script goes in through
 * the DevTools protocol, which the page's Content-Security-Policy does not govern, so the audited page keeps
 * its real policy.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  source ??= fs.readFileSync(fromRoot('node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(source);
  return page.evaluate(async (tags) => {
    interface Result {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.map(String).join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)})` : ''}`),
    }));
  }, WCAG_TAGS);
}

/** Fails with what axe found, rule by rule, so the message says what to fix. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) {
    const lines = violations.map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.join('; ')}`);
    throw new Error(`${where}: ${violations.length} WCAG A/AA violation(s):\n  ${lines.join('\n  ')}`);
  }
}
