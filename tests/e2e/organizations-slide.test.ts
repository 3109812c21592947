import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, Organization } from '../../common/deck/deck';
import { webAddress } from '../../common/deck/web-address';
import { safeArea, type ScreenSize } from '../../common/layout/type-scale';
import { readContentFolder } from '../../node/read-content-folder';
import { useScratchFolders } from '../support/scratch-folders';
import { useChromium } from './support/browser-hooks';
import { openShowOfFolder } from './support/content-folder-host';
import { ORGANIZATIONS_FIXTURE, sampleOrganizations, writeOrganizationsContent } from './support/organizations-fixture';
import { SCREEN_SIZES } from './support/screen-sizes';
import { readQrOnScreen } from './support/screenshot-pixels';
import { saveScreenshot } from './support/show-page';

/** The screens whose organizations slide is saved for a person to look at (besides 1280x720). */
const PHOTOGRAPHED = new Set(['1920x1080', '1080x1920', '800x600']);
/**
 * Where the codes are read back off the screen: the sizes where they come out smallest, and
 * a common one. At the others (a 4K or 8K screen, where a code is only larger) the test checks
 * that each web address has its code, and the fit, but skips decoding an image of millions of
 * pixels, which costs seconds each.
 */
const SCANNED = new Set(['800x600', '600x800', '1280x720', '1920x1080', '1080x1920']);
const scannedAt = (screen: { readonly width: number; readonly height: number }): boolean => SCANNED.has(`${screen.width}x${screen.height}`);
/** The venue projector the codes are sized for. */
const PROJECTOR: ScreenSize = { width: 1280, height: 720 };

const browser = useChromium();
const scratch = useScratchFolders('yeondae-organizations-e2e-');
let blank: Page;
beforeAll(async () => {
  blank = await browser().newPage();
});
afterAll(async () => {
  await blank.close();
});

/** The fixture's own list and heading, as the app reads them. */
function fixtureSlide(folder: string): { organizations: readonly Organization[]; text: Partial<Record<Language, string>> } {
  const content = readContentFolder(folder);
  const slide = content.ok ? content.deck.slides.find((each) => each.kind === 'organizations') : undefined;
  if (slide?.organizations === undefined) throw new Error(`no organizations slide in ${folder}`);
  return { organizations: slide.organizations, text: slide.text };
}

/** Opens the show of `folder` on its organizations slide in `lang`, with every QR code drawn. */
async function openOrganizations(folder: string, screen: ScreenSize, lang: Language): Promise<Page> {
  const page = await openShowOfFolder(browser(), folder, screen, { type: 'goToSlide', slideId: 'organizations', lang });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForFunction(() => document.querySelectorAll(".organization-code:not([data-ready='true'])").length === 0);
  return page;
}

/** Every name, link and code on screen that lies outside the safe area, is empty, or overflows its own box. */
function outOfSight(page: Page, screen: ScreenSize): Promise<string[]> {
  const margin = (screen.width - safeArea(screen).width) / 2;
  return page.evaluate(
    ({ margin, width, height }) => {
      const slide = document.querySelector(".slide[data-phase='current']");
      const box = slide?.querySelector('.slide-safe-area');
      if (!slide || !box) return ['no slide'];
      const problems: string[] = [];
      if (box.scrollHeight > box.clientHeight + 0.5 || box.scrollWidth > box.clientWidth + 0.5) problems.push('the safe area scrolls');
      for (const element of slide.querySelectorAll<HTMLElement | SVGElement>('.slide-line, .organization-name, .organization-link, .organization-code')) {
        const rect = element.getBoundingClientRect();
        const what = `${element.getAttribute('class') ?? ''} "${element.textContent ?? ''}"`;
        if (rect.width < 1 || rect.height < 1) problems.push(`${what} has no size`);
        if (rect.left < margin - 0.5 || rect.top < margin - 0.5 || rect.right > width - margin + 0.5 || rect.bottom > height - margin + 0.5) {
          problems.push(`${what} leaves the safe area: ${JSON.stringify(rect)}`);
        }
        if (element instanceof HTMLElement && (element.scrollWidth > element.clientWidth + 0.5 || element.scrollHeight > element.clientHeight + 0.5)) {
          problems.push(`${what} overflows its box`);
        }
      }
      return problems;
    },
    { margin, width: screen.width, height: screen.height },
  );
}

/**
 * What the audience sees of each organization, in order: its name, its link as text, and
 * what its QR code (if any) reads as when photographed off the screen.
 */
async function organizationsOnScreen(page: Page, scan: boolean): Promise<{ name: string; link?: string; code?: string }[]> {
  const cards = page.locator(".slide[data-phase='current'] .organization");
  const seen: { name: string; link?: string; code?: string }[] = [];
  for (const card of await cards.all()) {
    const name = (await card.locator('.organization-name').textContent()) ?? '';
    const link = (await card.locator('.organization-link').count()) === 0 ? undefined : ((await card.locator('.organization-link').textContent()) ?? '');
    const codes = card.locator('.organization-code');
    const code = (await codes.count()) === 0 ? undefined : scan ? ((await readQrOnScreen(codes, blank)) ?? 'unreadable') : NOT_SCANNED;
    seen.push({ name, ...(link === undefined ? {} : { link }), ...(code === undefined ? {} : { code }) });
  }
  return seen;
}

/** What `organizationsOnScreen` gives for a code it was told not to decode. */
const NOT_SCANNED = 'a code, not scanned at this size';

/** What the audience should see of each organization: its name and link as written, and a code for a web address only. */
function expected(organizations: readonly Organization[], scan: boolean): { name: string; link?: string; code?: string }[] {
  return organizations.map(({ name, link }) => {
    const address = link === undefined ? undefined : webAddress(link);
    const code = address === undefined || scan ? address : NOT_SCANNED;
    return { name, ...(link === undefined ? {} : { link }), ...(code === undefined ? {} : { code }) };
  });
}

describe('the organizations slide, with the sample list of tests/e2e/fixtures/organizations-content', () => {
  const { organizations, text } = fixtureSlide(ORGANIZATIONS_FIXTURE);

  it('holds a URL, a bare domain, a handle and a name with no link (what this file tests)', () => {
    expect(organizations.map((organization) => organization.link)).toEqual(['https://example.org/solidarity', 'example.net/mutual-aid', '@placeholder_collective', undefined]);
  });

  describe.each(SCREEN_SIZES)('at $width x $height', (screen) => {
    it.each(['en', 'ko'] as const)('in %s shows the heading as written, every name and link inside the safe area, and a code for each web address only (read back where codes are smallest)', async (lang) => {
      const page = await openOrganizations(ORGANIZATIONS_FIXTURE, screen, lang);
      const slide = page.locator(".slide[data-phase='current']");
      expect(await slide.getAttribute('data-slide-id')).toBe('organizations');
      expect(await slide.locator('.slide-text').getAttribute('lang')).toBe(lang);
      expect(await slide.locator('.slide-line').textContent()).toBe(text[lang]);
      expect(await outOfSight(page, screen)).toEqual([]);
      expect(await organizationsOnScreen(page, scannedAt(screen))).toEqual(expected(organizations, scannedAt(screen)));
      if (PHOTOGRAPHED.has(`${screen.width}x${screen.height}`)) await saveScreenshot(page, `organizations-sample-${lang}-${screen.width}x${screen.height}`);
      await page.close();
    });
  });

  it.each(['en', 'ko'] as const)('in %s on a 1280x720 projector too (photographed for a person to look at)', async (lang) => {
    const page = await openOrganizations(ORGANIZATIONS_FIXTURE, PROJECTOR, lang);
    expect(await outOfSight(page, PROJECTOR)).toEqual([]);
    expect(await organizationsOnScreen(page, true)).toEqual(expected(organizations, true));
    await saveScreenshot(page, `organizations-sample-${lang}-1280x720`);
    await page.close();
  });
});

describe('the organizations slide with a dozen organizations', () => {
  const dozen = sampleOrganizations(12);

  it.each(SCREEN_SIZES)('fits all twelve at $width x $height: every name and link inside the safe area, a code for each web address (read back where codes are smallest)', async (screen) => {
    const folder = writeOrganizationsContent(scratch(), dozen);
    const page = await openOrganizations(folder, screen, 'en');
    expect(await outOfSight(page, screen)).toEqual([]);
    expect(await organizationsOnScreen(page, scannedAt(screen))).toEqual(expected(dozen, scannedAt(screen)));
    if (PHOTOGRAPHED.has(`${screen.width}x${screen.height}`)) await saveScreenshot(page, `organizations-dozen-en-${screen.width}x${screen.height}`);
    await page.close();
  });

  it('gives each code modules of at least 3.5 px on a 1280x720 projector, for a phone across a meeting room', async () => {
    const page = await openOrganizations(writeOrganizationsContent(scratch(), dozen), PROJECTOR, 'ko');
    expect(await outOfSight(page, PROJECTOR)).toEqual([]);
    expect(await organizationsOnScreen(page, true)).toEqual(expected(dozen, true));
    await saveScreenshot(page, 'organizations-dozen-ko-1280x720');
    const modulePx = await page.locator('.organization-code').evaluateAll((codes) =>
      codes.map((code) => code.getBoundingClientRect().width / Number(code.getAttribute('viewBox')?.split(' ')[2])),
    );
    expect(modulePx).toHaveLength(6);
    expect(Math.min(...modulePx)).toBeGreaterThanOrEqual(3.5);
    await page.close();
  });
});
