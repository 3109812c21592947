import type { Page } from 'playwright-core';

/** What the browser tests measure of the slide on screen. */
export interface SlideMeasure {
  readonly id: string;
  readonly lang: string;
  readonly kind: string;
  readonly fontSizePx: number;
  readonly textBox: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  /** Characters on each rendered line, trailing spaces left out. */
  readonly lineLengths: readonly number[];
  /** Words on the last line. */
  readonly lastLineWords: number;
  /** Every line break falls between words (none inside a word, English or Korean). */
  readonly breaksBetweenWords: boolean;
  readonly clipped: boolean;
  readonly squeezed: boolean;
  readonly pageScrolls: boolean;
  /** How many layouts the fit took to set the size (it computes the size, then confirms it). */
  readonly fitLayouts: number;
  /** Whether the text would still fit one pixel larger, tried in the page and undone. */
  readonly largerSizeFits: boolean;
}

/** Measures the current slide as it is laid out in the page. */
export function measureCurrentSlide(page: Page): Promise<SlideMeasure> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>(".slide[data-phase='current']");
    const text = slide?.querySelector<HTMLElement>('.slide-text');
    const box = slide?.querySelector<HTMLElement>('.slide-safe-area');
    if (!slide || !text || !box) throw new Error('no current slide');
    const rect = text.getBoundingClientRect();
    // Group the characters of the text by the line they are laid out on.
    const lines = new Map<number, string>();
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const content = node.textContent ?? '';
      for (let index = 0; index < content.length; index += 1) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const charRect = range.getClientRects()[0];
        if (!charRect) continue;
        const top = Math.round(charRect.top + charRect.height / 2);
        const key = [...lines.keys()].find((line) => Math.abs(line - top) < charRect.height / 3) ?? top;
        lines.set(key, (lines.get(key) ?? '') + content[index]);
      }
    }
    const ordered = [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line.trim());
    const fit = slide.querySelector<HTMLElement>('.slide-fit');
    const sizePx = Number(fit?.dataset.fontSize);
    if (!fit) throw new Error('no fitted text');
    fit.style.fontSize = `${sizePx + 1}px`;
    const largerSizeFits =
      fit.getBoundingClientRect().height <= box.clientHeight + 0.5 &&
      [fit, ...fit.querySelectorAll<HTMLElement>('.slide-text')].every((element) => element.scrollWidth <= element.clientWidth);
    fit.style.fontSize = `${sizePx}px`;
    return {
      id: slide.dataset.slideId ?? '',
      lang: text.lang,
      kind: slide.dataset.kind ?? '',
      fontSizePx: parseFloat(getComputedStyle(text).fontSize),
      textBox: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      lineLengths: ordered.map((line) => [...line].length),
      lastLineWords: (ordered.at(-1) ?? '').split(/\s+/u).filter(Boolean).length,
      breaksBetweenWords: ordered.join(' ') === (text.querySelector('.slide-line')?.textContent ?? '').trim().split(/\s+/u).join(' '),
      clipped: box.scrollHeight > box.clientHeight + 0.5 || box.scrollWidth > box.clientWidth + 0.5,
      squeezed: slide.querySelector('.slide-fit')?.hasAttribute('data-squeezed') ?? false,
      pageScrolls: document.scrollingElement !== null && (document.scrollingElement.scrollHeight > innerHeight || document.scrollingElement.scrollWidth > innerWidth),
      fitLayouts: Number(fit.dataset.fitLayouts),
      largerSizeFits,
    };
  });
}

/** The platform fonts Chromium used to paint the current slide's text (every language on it), by family name and glyph count. */
export async function platformFontsOfCurrentSlide(page: Page): Promise<Record<string, number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: ".slide[data-phase='current'] .slide-fit" });
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId, selector: '*' });
  const fonts: Record<string, number> = {};
  for (const id of [nodeId, ...nodeIds]) {
    const { fonts: used } = await session.send('CSS.getPlatformFontsForNode', { nodeId: id });
    for (const font of used) fonts[font.familyName] = (fonts[font.familyName] ?? 0) + font.glyphCount;
  }
  await session.detach();
  return fonts;
}
