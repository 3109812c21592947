import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { projectPath } from '../../support/project-content';
import { waitForSettled } from './show-page';

/** What axe-core found on one page: the rules it ran and the violations that matter. */
export interface AxeReport {
  readonly label: string;
  readonly rulesRun: number;
  /** Elements that passed a rule, summed over the rules: a page axe saw almost nothing of has few. */
  readonly passedNodes: number;
  /** Violations at the serious or critical level, each as `rule (impact): what, where`. */
  readonly serious: readonly string[];
}

interface AxeResults {
  readonly passes: readonly { readonly id: string; readonly nodes: readonly unknown[] }[];
  readonly incomplete: readonly { readonly id: string }[];
  readonly inapplicable: readonly { readonly id: string }[];
  readonly violations: readonly { readonly id: string; readonly impact?: string | null; readonly help: string; readonly nodes: readonly { readonly target: readonly unknown[] }[] }[];
}

/**
 * Runs axe-core (the copy in node_modules: no network) over the whole page and prints what
 * it checked, so a passing run shows its work. Returns the violations at the serious and
 * critical levels. axe is evaluated through the DevTools protocol rather than added as a
 * `<script>`: the app's Content-Security-Policy (rightly) refuses inline scripts, and the
 * pages are checked as they ship, policy included.
 *
 * It first waits for what a person would wait for: every entrance, crossfade and fade to
 * black finished. A slide checked while it fades in has its words at part opacity, and
 * axe rightly measures their contrast as too low (a race that failed CI on a busy machine).
 */
export async function runAxe(page: Page, label: string, { enhancedContrast = false } = {}): Promise<AxeReport> {
  await waitForSettled(page);
  await page.evaluate(readFileSync(projectPath('node_modules/axe-core/axe.min.js'), 'utf8'));
  // `color-contrast-enhanced` is WCAG AAA's 7:1, off in axe by default: on for the slides, which promise it.
  const results = await page.evaluate(async (enhanced) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<unknown>; version: string } }).axe;
    return { version: axe.version, results: (await axe.run(document, { rules: { 'color-contrast-enhanced': { enabled: enhanced } } })) as unknown };
  }, enhancedContrast);
  const { passes, incomplete, inapplicable, violations } = results.results as AxeResults;
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}, at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`);
  const rulesRun = passes.length + incomplete.length + violations.length;
  console.log(
    `axe-core ${results.version} on ${label}: ${rulesRun} rules applied (${passes.length} passed, ${incomplete.length} to check by hand, ${violations.length} violated, ${serious.length} of them serious or critical), ${inapplicable.length} not applicable` +
      (violations.length > serious.length ? `; minor: ${violations.filter((violation) => !(violation.impact === 'serious' || violation.impact === 'critical')).map((violation) => violation.id).join(', ')}` : ''),
  );
  const passedNodes = passes.reduce((count, rule) => count + rule.nodes.length, 0);
  return { label, rulesRun, passedNodes, serious };
}
