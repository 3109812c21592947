/**
 * What is wrong with this launch that a person can fix: content and settings problems,
 * bad flags, a display setting that matches no display. One line each, as in the log.
 * Kept apart by source so that a problem that goes away (the projector named in
 * `display` is plugged in) is forgotten.
 */
export interface HostProblems {
  set(source: string, lines: readonly string[]): void;
  list(): readonly string[];
  /** Calls `listener` with the whole list after every change; returns the function that stops it. */
  subscribe(listener: (problems: readonly string[]) => void): () => void;
}

export function createHostProblems(): HostProblems {
  const bySource = new Map<string, readonly string[]>();
  const listeners = new Set<(problems: readonly string[]) => void>();
  const list = (): readonly string[] => [...bySource.values()].flat();
  return {
    set(source, lines) {
      const before = bySource.get(source) ?? [];
      if (before.length === lines.length && before.every((line, index) => line === lines[index])) return;
      bySource.set(source, [...lines]);
      for (const listener of [...listeners]) listener(list());
    },
    list,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
