import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDITABLE_STATEMENT, writeEditableContent } from '../support/edit-fixture';
import { useServerScreens } from './support/server-screens';
import { currentSlide, saveScreenshot } from './support/show-page';

const screens = useServerScreens('yeondae-organizations-live-e2e-');

/** The placeholder statement, closed by an organizations slide whose list is `list` (YAML, indented as an entry's). */
const withOrganizations = (list: string): string => `${EDITABLE_STATEMENT}  - id: organizations
    kind: organizations
    en: Follow and support these organizations.
    organizations:${list}
`;

const open = (url: string): Promise<Page> => screens.openReady(url);

describe('an organizer adds an organization while the show runs (real Chromium, show server on loopback)', () => {
  it('the hidden organizations slide appears on the audience screen and in the presenter view, with its code, without a reload', async () => {
    const content = writeEditableContent(join(screens.scratch(), 'content'), withOrganizations(' []'));
    const server = await screens.startServer({ owner: { argv: ['--content', content] } });
    const audience = await open(server.url);
    const presenter = await open(`${server.url}presenter`);
    await audience.keyboard.press('End');
    await expect.poll(async () => (await currentSlide(audience)).id).toBe('three');

    writeFileSync(join(content, 'statement.yaml'), withOrganizations('\n      - name: Sample Solidarity Network\n        link: example.org/solidarity'));
    await expect
      .poll(
        async () => {
          await audience.keyboard.press('End');
          return (await currentSlide(audience)).id;
        },
        { timeout: 5000 },
      )
      .toBe('organizations');
    await expect.poll(() => audience.locator(".slide[data-phase='current'] .organization-name").textContent()).toBe('Sample Solidarity Network');
    await audience.locator(".slide[data-phase='current'] .organization-code[data-ready='true']").waitFor();
    await expect.poll(() => presenter.locator('.organization-name').first().textContent()).toBe('Sample Solidarity Network');
    await saveScreenshot(presenter, 'organizations-live-edit-presenter-1280x720');
  });
});
