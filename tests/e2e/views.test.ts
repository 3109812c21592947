import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadProjectContent } from '../support/project-content';
import { useChromium, useFreshContext } from './support/browser-hooks';
import { sequenceFrameCount, shownFrame as audienceFrame } from './support/frames';
import { openReady, saveScreenshot, whenReady } from './support/show-page';
import { TAB_CHANNEL } from '../../renderer/connection/tab-names';
import { openStandInOwner, type StandInOwner } from './support/stand-in-owner';

const frameCount = sequenceFrameCount(loadProjectContent().deck);

const browser = useChromium();
// Tabs of one browser profile share the show; each test gets a fresh profile.
const freshContext = useFreshContext(browser, { viewport: { width: 1280, height: 720 } });

const open = (query = ''): Promise<Page> => openReady(freshContext(), `${inject('showUrl')}${query}`);
const position = (presenter: Page) => presenter.getByTestId('position').textContent();

/**
 * A stand-in that owns the show of `context` (support/stand-in-owner.ts): the show opens
 * in a tab, the stand-in hears its snapshot, the show's tab closes and the lock passes.
 */
async function standInOwnerOfTheShow(context: BrowserContext): Promise<StandInOwner> {
  const first = await openReady(context, inject('showUrl'));
  const owner = await openStandInOwner(context, inject('showUrl'));
  await expect.poll(async () => (await owner.heard()).hasSnapshot).toBe(true);
  await first.close();
  await expect.poll(async () => (await owner.heard()).owns).toBe(true);
  return owner;
}

describe('audience and presenter views of one show', () => {
  it('stay in step both ways: keys on the audience screen, buttons in the presenter view', async () => {
    const audience = await open();
    const presenter = await open('?view=presenter');
    await expect.poll(() => position(presenter)).toBe(`1 / ${frameCount}`);
    await audience.keyboard.press('PageDown');
    await expect.poll(() => position(presenter)).toBe(`2 / ${frameCount}`);
    await presenter.getByRole('button', { name: 'Next ▶' }).click();
    await expect.poll(() => audienceFrame(audience)).toBe(2);
    await presenter.getByRole('button', { name: 'Black screen (B)' }).click();
    await expect.poll(() => audience.locator('.show').getAttribute('data-blank')).toBe('true');
    await expect.poll(() => presenter.getByTestId('blank-state').textContent()).toBe('Screen is BLACK');
    await saveScreenshot(presenter, 'presenter-1280x720-black');
    await presenter.keyboard.press('b');
    await expect.poll(() => audience.locator('.show').getAttribute('data-blank')).toBe('false');
  });

  it('shows the current and the next slide, the loop state with its countdown, and the mode', async () => {
    const audience = await open('?loop&slide=3c');
    const presenter = await open('?view=presenter');
    await expect.poll(() => presenter.locator("[data-testid='current-preview'] .slide").getAttribute('data-slide-id')).toBe('3c');
    expect(await presenter.locator("[data-testid='current-preview'] .slide").getAttribute('data-langs')).toBe('en');
    expect(await presenter.locator("[data-testid='next-preview'] .slide").getAttribute('data-langs')).toBe('ko');
    await expect.poll(() => presenter.getByTestId('loop-state').getAttribute('data-loop')).toBe('running');
    expect(await presenter.getByTestId('countdown').textContent()).toMatch(/^\d+:\d\d left on this slide · \d+:\d\d to the end of the round$/u);
    await presenter.getByRole('button', { name: 'stacked' }).click();
    await expect.poll(() => audience.locator('.show').getAttribute('data-mode')).toBe('stacked');
    await expect.poll(() => presenter.getByTestId('mode').textContent()).toBe('stacked');
    await saveScreenshot(presenter, 'presenter-1280x720-stacked-looping');
    await presenter.keyboard.press('m');
    await expect.poll(() => audience.locator('.show').getAttribute('data-mode')).toBe('single');
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.getByRole('button', { name: 'sequence' }).click();
    await saveScreenshot(presenter, 'presenter-1920x1080-sequence');
  });

  it('sends the other tabs nothing while it is alone in its browser, and every move once another tab has opened', async () => {
    const context = freshContext();
    const audience = await openReady(context, inject('showUrl'));
    // A page of the show's origin on the tabs' channel that has not said hello yet, as a tab opening would.
    const listener = await context.newPage();
    await listener.goto(new URL('favicon.png', inject('showUrl')).href);
    await listener.evaluate((name) => {
      const heard: { kind: string; frame: number | undefined }[] = [];
      const channel = new BroadcastChannel(name);
      channel.onmessage = (event: MessageEvent<{ kind: string; state?: { frame: number }; snapshot?: { state: { frame: number } } }>) =>
        heard.push({ kind: event.data.kind, frame: (event.data.snapshot ?? event.data).state?.frame });
      Object.assign(window, { heard, channel });
    }, TAB_CHANNEL);
    const heard = (): Promise<{ kind: string; frame: number | undefined }[]> => listener.evaluate(() => (window as unknown as { heard: { kind: string; frame: number | undefined }[] }).heard);
    for (const press of ['PageDown', 'PageDown', 'PageDown']) await audience.keyboard.press(press);
    await expect.poll(() => audienceFrame(audience)).toBe(3);
    // The owner's messages come in the order it sent them: anything sent per move would come before the answer to this.
    await listener.evaluate(() => (window as unknown as { channel: BroadcastChannel }).channel.postMessage({ kind: 'hello' }));
    await expect.poll(heard).toEqual([{ kind: 'snapshot', frame: 3 }]);
    await audience.keyboard.press('PageDown');
    await expect.poll(heard).toEqual([
      { kind: 'snapshot', frame: 3 },
      { kind: 'state', frame: 4 },
    ]);
  });

  it("shows a tab that opens the owner's show, never its own saved copy moved by the owner's moves", async () => {
    const context = freshContext();
    const owner = await standInOwnerOfTheShow(context);

    const second = await openReady(context, inject('showUrl'));
    await expect.poll(async () => (await owner.heard()).hellos).toBeGreaterThanOrEqual(1);
    // Every frame the new tab's screen shows from now on.
    await second.locator('.show').evaluate((show) => {
      const frames: (string | null)[] = [];
      new MutationObserver(() => frames.push(show.getAttribute('data-frame'))).observe(show, { attributes: true, attributeFilter: ['data-frame'] });
      Object.assign(window, { frames });
    });
    // A move of the owner's comes before the answer to the hello, then the answer: the owner's show on slide 5.
    await owner.send([
      { kind: 'state', frame: 7 },
      { kind: 'snapshot', frame: 5 },
    ]);
    await expect.poll(() => audienceFrame(second)).toBe(5);
    expect(await second.evaluate(() => (window as unknown as { frames: (string | null)[] }).frames)).toEqual(['5']);
  });

  it('says hello again until the owner answers, so a tab whose hello the owner did not hear still comes to the show', async () => {
    const context = freshContext();
    const owner = await standInOwnerOfTheShow(context);

    const second = await openReady(context, inject('showUrl'));
    // The stand-in lets the first hello go by, as an owner whose channel did not hear it.
    await expect.poll(async () => (await owner.heard()).hellos, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    await owner.send([{ kind: 'snapshot', frame: 5 }]);
    await expect.poll(() => audienceFrame(second)).toBe(5);
  });

  it('never shows controls or a cursor on the audience screen', async () => {
    const audience = await open();
    expect(await audience.locator('button, input, select, a').count()).toBe(0);
    expect(await audience.evaluate(() => getComputedStyle(document.body).cursor)).toBe('none');
  });

  it('a view that reloads comes back showing the current state', async () => {
    const audience = await open('?slide=5b');
    const presenter = await open('?view=presenter');
    await presenter.getByRole('button', { name: 'Next ▶' }).click();
    await expect.poll(() => audienceFrame(audience)).toBe(29);
    await audience.reload();
    await whenReady(audience);
    expect(await audienceFrame(audience)).toBe(29);
    await presenter.reload();
    await whenReady(presenter);
    expect(await position(presenter)).toBe(`30 / ${frameCount}`);
  });

  it('keeps the last position and mode across a restart of the browser mode', async () => {
    const first = await open('?slide=6a');
    await first.keyboard.press('m');
    await expect.poll(() => first.locator('.show').getAttribute('data-mode')).toBe('in-place');
    await first.close();
    const again = await open();
    expect(await again.locator(".slide[data-phase='current']").getAttribute('data-slide-id')).toBe('6a');
    expect(await again.locator('.show').getAttribute('data-mode')).toBe('in-place');
  });
});

describe('problems a presenter can fix', () => {
  it('lists an address option that was ignored, while the show runs on', async () => {
    // `toString` once found Object.prototype.toString in the table of address options.
    const presenter = await open('?view=presenter&mode=sideways&toString=1');
    await expect.poll(() => presenter.getByTestId('problems').textContent()).toContain('mode must be one of sequence, in-place, stacked, single');
    expect(await presenter.getByTestId('problems').textContent()).toContain('ignoring the address option toString=1 (known: ');
    expect(await presenter.getByTestId('mode').textContent()).toBe('sequence');
    await saveScreenshot(presenter, 'presenter-1280x720-problem');
  });
});
