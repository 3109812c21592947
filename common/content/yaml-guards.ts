import { isAlias, isNode, visit, type CST, type Document, type YAMLError } from 'yaml';
import { oneLine } from './quote';

/**
 * How deep collections may nest in a content file. The statement needs five levels
 * (segments, a segment, its organizations, an organization); the YAML library composes
 * nodes recursively, and a file nested thousands deep overflows its stack, after which
 * V8 has been seen to abort the whole process on the next large file. So depth is
 * measured first, on the library's flat token tree, and a file past this is refused.
 */
export const MAX_NESTING = 32;

/**
 * How many times aliases may copy their anchors when the file becomes plain values: a
 * "billion laughs" file is a few lines that would expand to gigabytes. The library's
 * own check throws; ours turns that into a problem with a line.
 */
export const MAX_ALIAS_COUNT = 100;

/** The offset of the first collection nested deeper than `limit`, or `undefined`. */
export function firstTooDeep(tokens: readonly CST.Token[], limit = MAX_NESTING): number | undefined {
  // An explicit stack, not recursion: this runs on files that are deep on purpose.
  const stack: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [token, outer] = next;
    const depth = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection' ? outer + 1 : outer;
    if (depth > limit) return token.offset;
    for (const child of childrenOf(token)) stack.push([child, depth]);
  }
  return undefined;
}

function childrenOf(token: CST.Token): CST.Token[] {
  switch (token.type) {
    case 'document':
      return token.value === undefined ? [] : [token.value];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      return token.items.flatMap((item: CST.CollectionItem) => [item.key, item.value].filter((child): child is CST.Token => child !== undefined && child !== null));
    default:
      return [];
  }
}

/**
 * The first alias that names no anchor set before it, in document order (as the library
 * resolves them), with its offset; found in one pass, where asking each alias would
 * walk the whole document once per alias.
 */
export function firstUnresolvedAlias(doc: Document): { readonly name: string; readonly offset: number } | undefined {
  const anchors = new Set<string>();
  let unresolved: { name: string; offset: number } | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) && !anchors.has(node.source)) {
        unresolved = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      if (isNode(node) && node.anchor !== undefined) anchors.add(node.anchor);
      return undefined;
    },
  });
  return unresolved;
}

/** The offset of the first alias in the document, to place a problem with its aliases. */
export function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** A library error or warning as a line for a person editing the file, not for a programmer. */
export function describeYamlError(error: YAMLError): string {
  // The library quotes the file in its messages, line breaks and all.
  const message = oneLine(error.message, 160);
  if (error.code === 'TAG_RESOLVE_FAILED') return `${message.replace(/^Unresolved tag: /u, 'unknown tag ')}: content files use no YAML tags; remove it`;
  return message;
}
