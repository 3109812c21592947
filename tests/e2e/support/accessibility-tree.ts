import type { Page } from 'playwright-core';

interface AXNode {
  readonly ignored: boolean;
  readonly role?: { readonly value?: unknown };
  readonly name?: { readonly value?: unknown };
}

/**
 * The texts of the page as Chromium hands them to a screen reader: the names of the
 * accessibility tree's text nodes that are not ignored (`aria-hidden`, `inert` and
 * `display: none` all make a node ignored). Read through the DevTools protocol, so it is
 * the browser's own tree, not a guess from the DOM.
 */
export async function readableTexts(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes.filter((node) => !node.ignored && node.role?.value === 'StaticText').map((node) => String(node.name?.value ?? ''));
  } finally {
    await session.detach();
  }
}
