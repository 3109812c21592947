import { quote } from './quote';
import type { PathProblem, YamlPath } from './yaml-file';

/**
 * Checks each item of the list at `listKey` with `checkItem`, and keeps those that pass
 * and whose `id` no earlier item has; a repeated id is an error at its line.
 *
 * @param noun what an item is called in messages, e.g. `segment`
 */
export function checkItemsWithUniqueIds<Item extends { readonly id: string }>(
  list: readonly unknown[],
  listKey: string,
  noun: string,
  checkItem: (raw: unknown, path: YamlPath, problems: PathProblem[]) => Item | undefined,
  problems: PathProblem[],
): Item[] {
  const items: Item[] = [];
  const seenIds = new Set<string>();
  list.forEach((raw, index) => {
    const item = checkItem(raw, [listKey, index], problems);
    if (item === undefined) return;
    if (seenIds.has(item.id)) {
      problems.push({ severity: 'error', path: [listKey, index, 'id'], message: `id ${quote(item.id)} is used by an earlier ${noun}; ids must be unique` });
      return;
    }
    seenIds.add(item.id);
    items.push(item);
  });
  return items;
}
