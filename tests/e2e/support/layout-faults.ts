import type { Page } from 'playwright-core';

/** What a person would call a broken layout: a control off screen, two on top of each other, or a cut label. */
export async function layoutFaults(presenter: Page): Promise<string[]> {
  return presenter.evaluate(() => {
    const faults: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const scope = document.querySelector('dialog[open]') ?? document.querySelector('main')!;
    const controls = [...scope.querySelectorAll('button, input, [data-testid="countdown"], .presenter-fact')].filter(visible);
    const boxes = controls.map((element) => ({ element, box: element.getBoundingClientRect() }));
    for (const { element, box } of boxes) {
      // A row of the overview's list may be below the fold of its scrolling list; it must still fit across.
      const scrolledTo = element.closest('.presenter-dialog-body') !== null;
      const outside = box.left < 0 || box.right > innerWidth + 0.5 || (!scrolledTo && (box.top < 0 || box.bottom > innerHeight + 0.5));
      if (outside) faults.push(`${name(element)} is outside the window: ${JSON.stringify(box)}`);
    }
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const overlap = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 0.5 && Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 0.5;
        if (overlap) faults.push(`${name(a.element)} overlaps ${name(b.element)}`);
      }
    }
    const texts = [...scope.querySelectorAll('button, label, figcaption, p, h2, th, td, span, dt, dd')].filter(visible);
    for (const element of texts) {
      // The overview clamps each paragraph to two lines on purpose; everything else shows whole.
      if (element.closest('.presenter-overview-text') !== null) continue;
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline') faults.push(`${name(element)} is cut: ${element.scrollWidth} > ${element.clientWidth}`);
    }
    if (document.documentElement.scrollWidth > innerWidth || document.documentElement.scrollHeight > innerHeight) faults.push('the view scrolls');
    return faults;
  });
}
