import type { Page } from 'playwright-core';

interface AXNode {
  readonly nodeId: string;
  readonly ignored: boolean;
  readonly role?: { readonly value?: unknown };
  readonly name?: { readonly value?: unknown };
  readonly childIds?: readonly string[];
  readonly backendDOMNodeId?: number;
}

/** Runs of white space as one space, trimmed: how a screen reader's words compare, whatever the tree's text nodes. */
export const collapseSpaces = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * The text of the page as Chromium hands it to a screen reader: the names of the
 * accessibility tree's text nodes that are not ignored (`aria-hidden`, `inert` and
 * `display: none` all make a node ignored), in order, with white space collapsed.
 * Chromium holds a slide as one text node per word and per space, so the nodes are joined
 * as they come and only then compared. Read through the DevTools protocol, so it is the
 * browser's own tree, not a guess from the DOM. `without` leaves out the subtree of the
 * element it selects (the live region, whose copy of the words is not the slide).
 */
export async function readableText(page: Page, { without }: { readonly without?: string } = {}): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const left = new Set<string>();
    if (without !== undefined) {
      const { root } = (await session.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
      const { nodeId } = (await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: without })) as { nodeId: number };
      if (nodeId === 0) throw new Error(`no element matches ${without}`);
      const { node } = (await session.send('DOM.describeNode', { nodeId })) as { node: { backendNodeId: number } };
      const byId = new Map(nodes.map((each) => [each.nodeId, each]));
      const start = nodes.find((each) => each.backendDOMNodeId === node.backendNodeId);
      const stack = start === undefined ? [] : [start.nodeId];
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        left.add(id);
        stack.push(...(byId.get(id)?.childIds ?? []));
      }
    }
    const texts = nodes.filter((node) => !node.ignored && !left.has(node.nodeId) && node.role?.value === 'StaticText').map((node) => String(node.name?.value ?? ''));
    return collapseSpaces(texts.join(''));
  } finally {
    await session.detach();
  }
}
