import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDIT_LABELS } from '../../renderer/edit/edit-labels';
import { copyContentFolder } from '../support/content-copy';
import { projectPath } from '../support/project-content';
import { runAxe } from './support/axe';
import { openEditor, placeCursor, segmentRow, textBox, waitUntilSaved } from './support/editor-page';
import { useServerScreens } from './support/server-screens';
import { currentSlide, saveScreenshot } from './support/show-page';

const screens = useServerScreens('yeondae-editor-e2e-');
const labels = EDIT_LABELS.en;

/** A server running the whole owner on a copy of the shipped content, its data folder's settings making slides `seconds` long. */
async function startShow(argv: readonly string[] = [], seconds = 60) {
  // In a folder of its own, so that a new content folder made beside it stays in the scratch folder.
  const folder = copyContentFolder(projectPath('content'), join(screens.scratch(), 'content'));
  const dataFolder = screens.scratch();
  writeFileSync(join(dataFolder, 'settings.yaml'), `readingLeadInSeconds: 0\nslideMinSeconds: ${seconds}\nslideMaxSeconds: ${seconds}\n`);
  const server = await screens.startServer({ dataFolder, owner: { argv: ['--content', folder, ...argv] } });
  return { server, folder, statement: join(folder, 'statement.yaml') };
}

const historyCount = (folder: string): number => {
  try {
    return readdirSync(join(folder, 'history')).length;
  } catch {
    return 0;
  }
};

describe('the editor page (real Chromium, show server on loopback)', () => {
  it('a word edited in the page is on the audience screen, on the same slide, while the loop runs; the file keeps its comments', async () => {
    const { server, folder, statement } = await startShow(['--loop']);
    const original = readFileSync(statement, 'utf8');
    const audience = await screens.openReady(server.url);
    const shown = await currentSlide(audience);
    const editor = await openEditor(screens.open, `${server.url}edit`);
    const index = server.store.getSnapshot().deck.slides.findIndex((slide) => slide.id === shown.id);
    const box = textBox(segmentRow(editor, index + 1), shown.lang === 'ko' ? 'ko' : 'en');
    const before = await box.inputValue();
    expect(before).toBe(shown.text);
    const edited = `${before} [edited]`;
    await box.fill(edited);
    await expect.poll(() => editor.locator('.edit-status').textContent()).toBe(labels.unsaved);
    await editor.getByRole('button', { name: labels.save, exact: true }).click();
    await waitUntilSaved(editor);
    await expect.poll(async () => (await currentSlide(audience)).text, { timeout: 3000 }).toBe(edited);
    expect((await currentSlide(audience)).id).toBe(shown.id);
    expect(server.store.getSnapshot().state.loop).toBe('running');
    const written = readFileSync(statement, 'utf8');
    expect(written).toBe(original.replace(before, edited));
    expect(historyCount(folder)).toBe(1);
    await saveScreenshot(editor, 'editor-saved-en-1366x768');
  });

  it('splits at the cursor and merges back, moves a sentence, undoes, and puts the last save back', async () => {
    const { server, statement } = await startShow();
    const original = readFileSync(statement, 'utf8');
    const editor = await openEditor(screens.open, `${server.url}edit`, { width: 1920, height: 1080 });
    const rows = editor.locator('.edit-segment');
    const count = await rows.count();
    const first = segmentRow(editor, 1);
    const english = await textBox(first, 'en').inputValue();
    const cut = english.indexOf(' we stand');
    await placeCursor(textBox(first, 'en'), cut);
    await first.getByRole('button', { name: labels.split }).click();
    await expect.poll(() => rows.count()).toBe(count + 1);
    expect(await textBox(first, 'en').inputValue()).toBe(english.slice(0, cut));
    expect(await textBox(segmentRow(editor, 2), 'en').inputValue()).toBe(english.slice(cut + 1));
    // Split in English only: the Korean stays whole above.
    expect(await textBox(segmentRow(editor, 2), 'ko').inputValue()).toBe('');
    await saveScreenshot(editor, 'editor-split-en-1920x1080');
    await first.getByRole('button', { name: labels.mergeNext }).click();
    await expect.poll(() => rows.count()).toBe(count);
    expect(await textBox(first, 'en').inputValue()).toBe(english);
    await editor.getByRole('button', { name: labels.undo, exact: true }).click();
    await expect.poll(() => rows.count()).toBe(count + 1);
    await editor.getByRole('button', { name: labels.undo, exact: true }).click();
    await expect.poll(() => rows.count()).toBe(count);
    expect(await textBox(first, 'en').inputValue()).toBe(english);

    // 2c's Korean has two sentences: its last goes to the start of 3a's.
    const ids = server.store.getSnapshot().deck.slides.map((slide) => slide.id);
    const from = segmentRow(editor, ids.indexOf('2c') + 1);
    const to = segmentRow(editor, ids.indexOf('3a') + 1);
    const korean = await textBox(from, 'ko').inputValue();
    const next = await textBox(to, 'ko').inputValue();
    await from.getByRole('button', { name: `↓ ${labels.lastSentenceDown}` }).nth(1).click();
    const staying = await textBox(from, 'ko').inputValue();
    const moved = korean.slice(staying.length + 1);
    expect(staying.length).toBeGreaterThan(0);
    expect(moved.length).toBeGreaterThan(0);
    expect(await textBox(to, 'ko').inputValue()).toBe(`${moved} ${next}`);
    await editor.getByRole('button', { name: labels.save, exact: true }).click();
    await waitUntilSaved(editor);
    expect(readFileSync(statement, 'utf8')).not.toBe(original);
    await expect.poll(() => server.store.getSnapshot().deck.slides.find((slide) => slide.id === '3a')?.text.ko).toBe(`${moved} ${next}`);

    await editor.getByRole('button', { name: labels.undoSave(1) }).click();
    await expect.poll(() => readFileSync(statement, 'utf8')).toBe(original);
    await expect.poll(() => textBox(to, 'ko').inputValue()).toBe(next);
    await expect.poll(() => server.store.getSnapshot().deck.slides.find((slide) => slide.id === '3a')?.text.ko).toBe(next);
  });

  it('refuses a save with an error, with the reason at its segment, and writes nothing', async () => {
    const { server, folder, statement } = await startShow();
    const before = readFileSync(statement, 'utf8');
    const modified = statSync(statement).mtimeMs;
    const editor = await openEditor(screens.open, `${server.url}edit`);
    const first = segmentRow(editor, 1);
    const long = Array.from({ length: 300 }, () => 'solidarity').join(' ');
    await textBox(first, 'en').fill(long);
    await expect.poll(() => first.locator(".edit-problems li[data-severity='error']").count()).toBeGreaterThan(0);
    expect(await first.locator('.edit-problems').textContent()).toContain('too long to be read from across the room');
    await editor.getByRole('button', { name: labels.save, exact: true }).click();
    await expect.poll(() => editor.locator("[data-kind='refused']").textContent()).toContain(labels.refused.problems);
    expect(readFileSync(statement, 'utf8')).toBe(before);
    expect(statSync(statement).mtimeMs).toBe(modified);
    expect(historyCount(folder)).toBe(0);
    await saveScreenshot(editor, 'editor-refused-en-1366x768');
  });

  it('notices a change made elsewhere and offers to reload rather than overwrite it', async () => {
    const { server, statement } = await startShow();
    const editor = await openEditor(screens.open, `${server.url}edit`);
    const first = segmentRow(editor, 1);
    const english = await textBox(first, 'en').inputValue();
    await textBox(first, 'en').fill(`${english} (mine)`);
    const elsewhere = readFileSync(statement, 'utf8').replace(english, `${english} (theirs)`);
    writeFileSync(statement, elsewhere);
    await expect.poll(() => editor.locator('.edit-banner[role=alert]').first().textContent(), { timeout: 5000 }).toContain(labels.changedElsewhere);
    await editor.getByRole('button', { name: labels.save, exact: true }).click();
    await expect.poll(() => editor.locator("[data-kind='refused']").textContent()).toContain(labels.refused['changed-elsewhere']);
    expect(readFileSync(statement, 'utf8')).toBe(elsewhere);
    await editor.getByRole('button', { name: labels.reload }).click();
    await expect.poll(() => textBox(first, 'en').inputValue()).toBe(`${english} (theirs)`);
  });

  it('is usable by keyboard: Tab reaches the controls in order with a focus ring, and Ctrl+Z outside a text box undoes', async () => {
    const { server } = await startShow();
    const editor = await openEditor(screens.open, `${server.url}edit`);
    const focused = (): Promise<string> =>
      editor.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return `${element.tagName.toLowerCase()}:${element.textContent?.trim() ?? ''}`;
      });
    const stops: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      await editor.keyboard.press('Tab');
      stops.push(await focused());
    }
    // Undo, Redo, Undo last save and Save wait for something to do: the first stop is the language.
    expect(stops.slice(0, 2)).toEqual([`button:${labels.switchLanguage}`, `summary:${labels.importTitle}`]);
    expect(stops.slice(2).map((stop) => stop.split(':')[0])).toEqual(['input', 'select', 'textarea']);
    const english = await textBox(segmentRow(editor, 1), 'en').inputValue();
    await editor.keyboard.press('Control+End');
    await editor.keyboard.type(' Together.');
    expect(await textBox(segmentRow(editor, 1), 'en').inputValue()).toBe(`${english} Together.`);
    await editor.keyboard.press('Tab');
    expect(await focused()).toBe(`button:↓ ${labels.lastSentenceDown}`);
    expect(await editor.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    await editor.keyboard.press('Control+z');
    await expect.poll(() => textBox(segmentRow(editor, 1), 'en').inputValue()).toBe(english);
    await editor.keyboard.press('Control+Shift+z');
    await expect.poll(() => textBox(segmentRow(editor, 1), 'en').inputValue()).toBe(`${english} Together.`);
  });

  it('speaks Korean, and axe-core finds nothing serious, at 1366x768 and 1920x1080', async () => {
    const { server } = await startShow();
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const editor = await openEditor(screens.open, `${server.url}edit`, viewport);
      const size = `${viewport.width}x${viewport.height}`;
      expect((await runAxe(editor, `the editor page in English at ${size}`)).serious).toEqual([]);
      await saveScreenshot(editor, `editor-en-${size}`);
      await editor.getByRole('button', { name: EDIT_LABELS.en.switchLanguage }).click();
      await expect.poll(() => editor.locator('h1').textContent()).toBe(EDIT_LABELS.ko.title);
      expect(await editor.locator('main').getAttribute('lang')).toBe('ko');
      expect((await runAxe(editor, `the editor page in Korean at ${size}`)).serious).toEqual([]);
      await saveScreenshot(editor, `editor-ko-${size}`);
    }
  });
});


describe('the way to the editor from the presenter view (real Chromium, show server on loopback)', () => {
  it('shows the empty organizations list as a quiet to-do, not a problem, whose link opens the editor at that list', async () => {
    const { server } = await startShow();
    const presenter = await screens.openReady(`${server.url}presenter`, { viewport: { width: 1366, height: 768 } });
    await expect.poll(() => presenter.getByTestId('to-do').textContent()).toContain('The list of organizations is still empty');
    expect(await presenter.getByTestId('problems').count()).toBe(0);
    const link = presenter.getByTestId('to-do').getByRole('link', { name: 'Add the organizations' });
    expect(await link.getAttribute('href')).toBe(`${server.url}edit?section=organizations`);
    const opened = presenter.context().waitForEvent('page');
    await link.click();
    const editor = await opened;
    await editor.locator('.edit-segment').first().waitFor();
    const ids = server.store.getSnapshot().deck.slides.map((slide) => slide.id);
    expect(ids).not.toContain('organizations');
    // Selected and focused: its "Add an organization" button, in view.
    await expect.poll(() => editor.evaluate(() => document.activeElement?.textContent)).toBe(labels.addOrganization);
    await editor.getByRole('button', { name: labels.addOrganization }).click();
    await editor.locator('.edit-organizations input').first().fill('Example Solidarity Group');
    await editor.locator('.edit-organizations input').nth(1).fill('https://example.org/solidarity');
    await editor.getByRole('button', { name: labels.save, exact: true }).click();
    await waitUntilSaved(editor);
    await expect.poll(() => server.store.getSnapshot().deck.slides.some((slide) => slide.id === 'organizations')).toBe(true);
    await expect.poll(() => presenter.getByTestId('to-do').count()).toBe(0);
    // The page stays where the person was working: a save does not send it back to the top.
    const list = await editor.locator('.edit-organizations').boundingBox();
    expect(list?.y).toBeGreaterThan(0);
    expect(list?.y).toBeLessThan(768);
    await saveScreenshot(editor, 'editor-organizations-en-1366x768');
    await saveScreenshot(presenter, 'presenter-after-organizations-en-1366x768');
  });
});

describe('importing a new statement in the editor page (real Chromium, show server on loopback)', () => {
  const fixture = (name: string): string => readFileSync(projectPath(`tests/common/import/fixtures/${name}`), 'utf8');

  it('proposes segments from two pasted texts with numbered sections and web addresses, takes a fix, and replaces the show’s statement once confirmed', async () => {
    const { server, folder, statement } = await startShow();
    const en = fixture('covenant.en.txt');
    const ko = fixture('covenant.ko.txt');
    const editor = await openEditor(screens.open, `${server.url}edit`, { width: 1366, height: 768 });
    await editor.getByText(labels.importTitle).click();
    await editor.getByTestId('import-en').fill(en);
    await editor.getByTestId('import-ko').fill(ko);
    await editor.getByRole('button', { name: labels.propose }).click();
    await expect.poll(() => editor.locator('.edit-import-bar [role=status]').textContent()).toMatch(/^Imported: \d+ segments, \d+ marked to check/u);
    const rows = editor.locator('.edit-segment');
    const count = await rows.count();
    // Each language's segments, joined, are its text: nothing dropped, added or retyped.
    const joined = async (lang: 'en' | 'ko'): Promise<string> => (await rows.locator(`textarea[lang='${lang}']`).evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value))).filter((text) => text !== '').join(' ');
    const squeeze = (text: string): string => text.replace(/\s+/gu, ' ').trim();
    expect(squeeze(await joined('en'))).toBe(squeeze(en));
    expect(squeeze(await joined('ko'))).toBe(squeeze(ko));
    // A web address breaks across lines on the slide: no error calls it too wide.
    expect(await editor.locator(".edit-problems li[data-severity='error']").count()).toBe(0);
    await saveScreenshot(editor, 'editor-import-en-1366x768');

    // One fix: the second segment's last English sentence moved on to the third.
    const second = segmentRow(editor, 2);
    const before = await textBox(segmentRow(editor, 3), 'en').inputValue();
    await second.getByRole('button', { name: `↓ ${labels.lastSentenceDown}` }).first().click();
    await expect.poll(() => textBox(segmentRow(editor, 3), 'en').inputValue()).not.toBe(before);
    expect(await rows.count()).toBe(count);

    editor.once('dialog', (dialog) => void dialog.accept());
    await editor.getByRole('button', { name: labels.replaceShow }).click();
    await waitUntilSaved(editor);
    expect(readFileSync(statement, 'utf8')).toContain('contributor-covenant.org');
    expect(readFileSync(join(folder, 'source', 'statement.txt'), 'utf8')).toBe(`${en}${en.endsWith('\n\n') ? '' : en.endsWith('\n') ? '\n' : '\n\n'}${ko}`);
    await expect.poll(() => server.store.getSnapshot().deck.slides.some((slide) => slide.text.en?.includes('contributor-covenant.org') === true)).toBe(true);
    expect(historyCount(folder)).toBe(1);
    // Nothing is left to import: the bar is gone, and the page edits the show's new statement.
    expect(await editor.locator('.edit-import-bar').count()).toBe(0);
  });

  it('saves an import as a new content folder beside the show’s, leaving the show as it was', async () => {
    const { server, folder, statement } = await startShow();
    const original = readFileSync(statement, 'utf8');
    const editor = await openEditor(screens.open, `${server.url}edit`, { width: 1920, height: 1080 });
    await editor.getByText(labels.importTitle).click();
    await editor.getByTestId('import-en').fill(fixture('vigil.en.txt'));
    await editor.getByTestId('import-ko').fill(fixture('vigil.ko.txt'));
    await editor.getByRole('button', { name: labels.propose }).click();
    await editor.locator('.edit-import-bar').waitFor();
    await editor.getByLabel(labels.folderName).fill('vigil');
    await editor.getByRole('button', { name: labels.saveAsFolder }).click();
    const made = join(folder, '..', 'vigil');
    await expect.poll(() => editor.locator('.edit-banner[role=status]').textContent()).toBe(labels.savedAsFolder(made));
    expect(readFileSync(join(made, 'statement.yaml'), 'utf8')).toContain('candlelight vigil');
    expect(readFileSync(statement, 'utf8')).toBe(original);
    expect(server.store.getSnapshot().deck.slides[0]?.id).toBe('1a');
    await saveScreenshot(editor, 'editor-import-saved-as-folder-en-1920x1080');
  });
});
