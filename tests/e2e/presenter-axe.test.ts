import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { projectPath } from '../support/project-content';
import { useChromium } from './support/browser-hooks';
import { openPresenter, SYSTEM_LOCALES } from './support/presenter-page';

const browser = useChromium();
const LANGUAGES = Object.keys(SYSTEM_LOCALES) as (keyof typeof SYSTEM_LOCALES)[];

let page: Page | undefined;
afterEach(async () => {
  await page?.context().close();
  page = undefined;
});

interface AxeSummary {
  readonly rules: number;
  readonly passedRules: number;
  readonly passedNodes: number;
  readonly incomplete: number;
  readonly violations: readonly { id: string; impact: string | null; nodes: string[] }[];
}

/** Runs axe-core on the page as it is, and sums up what it checked. */
async function runAxe(presenter: Page): Promise<AxeSummary> {
  await presenter.addScriptTag({ path: projectPath('node_modules/axe-core/axe.min.js') });
  return presenter.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<Record<'passes' | 'violations' | 'incomplete' | 'inapplicable', { id: string; impact: string | null; nodes: { target: string[] }[] }[]>> } }).axe;
    const results = await axe.run(document);
    return {
      rules: results.passes.length + results.violations.length + results.incomplete.length + results.inapplicable.length,
      passedRules: results.passes.length,
      passedNodes: results.passes.reduce((count, rule) => count + rule.nodes.length, 0),
      incomplete: results.incomplete.length,
      violations: results.violations.map((rule) => ({ id: rule.id, impact: rule.impact, nodes: rule.nodes.map((node) => node.target.join(' ')) })),
    };
  });
}

const OPENERS = {
  'the view itself': async () => undefined,
  'the overview open': async (presenter: Page) => {
    await presenter.locator('.presenter-tools button').first().click();
    await presenter.getByTestId('overview').waitFor();
  },
  'the key help open': async (presenter: Page) => {
    await presenter.keyboard.press('?');
    await presenter.getByTestId('key-help').waitFor();
  },
} as const;

describe('axe-core on the presenter view', () => {
  for (const language of LANGUAGES) {
    for (const [state, open] of Object.entries(OPENERS)) {
      it(`finds nothing serious or critical in ${language} with ${state}`, async () => {
        page = await openPresenter(browser(), language, { width: 1366, height: 768 }, '&loop', { bypassCSP: true });
        await open(page);
        const summary = await runAxe(page);
        console.log(
          `axe on the presenter view (${language}, ${state}): ${summary.rules} rules run, ${summary.passedRules} passed on ${summary.passedNodes} elements, ` +
            `${summary.incomplete} to check by hand, violations: ${summary.violations.map((rule) => `${rule.id} (${rule.impact}, ${rule.nodes.length})`).join(', ') || 'none'}`,
        );
        expect(summary.passedNodes).toBeGreaterThan(20);
        expect(summary.violations.filter((rule) => rule.impact === 'serious' || rule.impact === 'critical')).toEqual([]);
      });
    }
  }
});
