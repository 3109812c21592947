import { describe, expect, it } from 'vitest';
import { createFanOut } from '../../server/reader-fan-out';

/** Readers that note what they were sent, in one shared order. */
function readers(count: number, order: string[]) {
  return Array.from({ length: count }, (_unused, index) => ({ got: [] as string[], send(text: string) { this.got.push(text); order.push(`${index}:${text}`); } }));
}
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the readers’ fan-out', () => {
  it('sends nothing in the turn a change is made: the screens, told in that turn, go first', async () => {
    const order: string[] = [];
    const fanOut = createFanOut(100);
    fanOut.send('a', readers(3, order));
    order.push('screen');
    expect(order).toEqual(['screen']);
    await nextTurn();
    expect(order).toEqual(['screen', '0:a', '1:a', '2:a']);
  });

  it('sends a batch a turn, each text to every reader it was queued for, in the order queued', async () => {
    const order: string[] = [];
    const group = readers(250, order);
    const fanOut = createFanOut(100);
    fanOut.send('a', group);
    fanOut.send('b', group);
    const perTurn: number[] = [];
    while (fanOut.pending() > 0) {
      const before = order.length;
      await nextTurn();
      perTurn.push(order.length - before);
    }
    expect(perTurn).toEqual([100, 100, 100, 100, 100]);
    for (const reader of group) expect(reader.got).toEqual(['a', 'b']);
  });

  it('queues for the readers there are when a text is sent, and drops what is left when stopped', async () => {
    const order: string[] = [];
    const group = readers(150, order);
    const fanOut = createFanOut(100);
    fanOut.send('a', group.slice(0, 100));
    fanOut.send('b', group);
    await nextTurn();
    fanOut.stop();
    await nextTurn();
    expect(group[0]?.got).toEqual(['a']);
    expect(group[120]?.got).toEqual([]);
    expect(fanOut.pending()).toBe(0);
  });
});
