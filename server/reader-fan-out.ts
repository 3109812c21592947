/** Readers sent to in one turn of the event loop: a thousand writes would hold it some ms, and a screen's message with them. */
export const READERS_PER_TURN = 100;

/** Something a text can be sent to: a read-along page's session. */
export interface Recipient {
  send(text: string): void;
}

/** Sends texts to many readers, after the screens and a batch at a time. */
export interface FanOut<R extends Recipient> {
  /** Queues `text` for each of `readers` (as they are now), behind the texts queued before it. */
  send(text: string, readers: Iterable<R>): void;
  /** Texts not yet sent to every reader they were queued for. */
  pending(): number;
  /** Drops whatever is still queued. */
  stop(): void;
}

/**
 * The readers' fan-out, so that a change never reaches a screen later because of them.
 * The store tells the screens' hub first and synchronously, so their writes are on the
 * wire before this one starts; it then starts on the next turn of the event loop
 * (`setImmediate`) and sends `perTurn` readers a turn, so that a screen's ping, a
 * controller's command and the next change for the screens pass between the batches.
 * Texts go out in the order they were queued, each to every reader it was queued for:
 * a reader misses no change.
 */
export function createFanOut<R extends Recipient>(perTurn: number = READERS_PER_TURN): FanOut<R> {
  const jobs: { readonly text: string; readonly readers: R[]; next: number }[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  const turn = (): void => {
    scheduled = undefined;
    let budget = perTurn;
    while (budget > 0 && jobs.length > 0) {
      const job = jobs[0];
      if (job === undefined) break;
      const end = Math.min(job.readers.length, job.next + budget);
      for (let index = job.next; index < end; index += 1) job.readers[index]?.send(job.text);
      budget -= end - job.next;
      job.next = end;
      if (job.next >= job.readers.length) jobs.shift();
    }
    if (jobs.length > 0) scheduled = setImmediate(turn);
  };
  return {
    send(text, readers) {
      const list = [...readers];
      if (list.length === 0) return;
      jobs.push({ text, readers: list, next: 0 });
      scheduled ??= setImmediate(turn);
    },
    pending: () => jobs.length,
    stop() {
      jobs.length = 0;
      if (scheduled !== undefined) clearImmediate(scheduled);
      scheduled = undefined;
    },
  };
}
