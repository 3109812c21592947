import { readdirSync, readFileSync } from 'node:fs';

/** Memory of a process and everything it started, now, in bytes: Node's and the browsers'. */
export interface TreeMemory {
  readonly node: number;
  readonly others: number;
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Each process's parent, from /proc (Linux). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    // The command name is in parentheses and may hold spaces: the fields after it are the ones to count.
    const stat = readOr(`/proc/${name}/stat`);
    const parent = stat === undefined ? undefined : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent !== undefined && Number.isFinite(parent)) map.set(Number(name), parent);
  }
  return map;
}

/**
 * The proportional set size (PSS: pages shared between processes counted once, split
 * between them) of `root` and its descendants, Node processes apart from the rest.
 * Linux only; undefined elsewhere.
 */
export function treeMemory(root: number): TreeMemory | undefined {
  if (readOr('/proc/self/smaps_rollup') === undefined) return undefined;
  const parentOf = parents();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let node = 0;
  let others = 0;
  for (const pid of tree) {
    const kib = Number(/^Pss:\s+(\d+) kB/mu.exec(readOr(`/proc/${pid}/smaps_rollup`) ?? '')?.[1] ?? 0);
    if (readOr(`/proc/${pid}/comm`)?.trim() === 'node') node += kib * 1024;
    else others += kib * 1024;
  }
  return { node, others };
}
