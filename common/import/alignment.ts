/** A run of sentences, by index: `from` up to but not including `to`. */
export interface SentenceRange {
  readonly from: number;
  readonly to: number;
}

/** One match of the alignment: English sentences and the Korean ones that translate them. */
export interface Bead {
  readonly en: SentenceRange;
  readonly ko: SentenceRange;
  /** -ln of how likely this match is, as the cost function judged it. */
  readonly cost: number;
  /** How sure the aligner is of this match, 0 to 1, over every alignment it considered. */
  readonly confidence: number;
}

/**
 * The cost of matching English sentences `en` with Korean sentences `ko` (either may be
 * empty, not both), as -ln of its probability; `Infinity` rules the match out.
 */
export type MatchCost = (en: SentenceRange, ko: SentenceRange) => number;

/** The matches Gale & Church allow: how many English and Korean sentences each takes. */
const SHAPES: readonly (readonly [en: number, ko: number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];

/**
 * Aligns `enCount` English sentences with `koCount` Korean ones by dynamic programming,
 * as in Gale & Church (1993): the cheapest sequence of 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2
 * matches that uses every sentence once, in order. Each match also gets its posterior
 * probability over all alignments (forward-backward on the same costs), which says
 * where the cheapest alignment won narrowly and a person should look.
 */
export function alignByCost(enCount: number, koCount: number, matchCost: MatchCost): Bead[] {
  const width = koCount + 1;
  const cell = (i: number, j: number): number => i * width + j;
  const size = (enCount + 1) * width;
  const best = new Float64Array(size).fill(Infinity);
  const choice = new Int8Array(size).fill(-1);
  const forward = new Float64Array(size).fill(-Infinity);
  const backward = new Float64Array(size).fill(-Infinity);
  const costOf = (i: number, j: number, shape: number): number => {
    const [a, b] = SHAPES[shape] ?? [0, 0];
    return matchCost({ from: i, to: i + a }, { from: j, to: j + b });
  };
  const eachShape = (visit: (a: number, b: number, shape: number) => void): void => SHAPES.forEach(([a, b], shape) => visit(a, b, shape));

  best[0] = 0;
  forward[0] = 0;
  for (let i = 0; i <= enCount; i += 1) {
    for (let j = 0; j <= koCount; j += 1) {
      eachShape((a, b, shape) => {
        if (i < a || j < b) return;
        const cost = costOf(i - a, j - b, shape);
        if (cost === Infinity) return;
        const from = cell(i - a, j - b);
        const here = cell(i, j);
        if ((best[from] ?? Infinity) + cost < (best[here] ?? Infinity)) {
          best[here] = (best[from] ?? Infinity) + cost;
          choice[here] = shape;
        }
        forward[here] = logAdd(forward[here] ?? -Infinity, (forward[from] ?? -Infinity) - cost);
      });
    }
  }
  if (best[cell(enCount, koCount)] === Infinity) throw new Error('no alignment is possible: every match was ruled out');
  backward[cell(enCount, koCount)] = 0;
  for (let i = enCount; i >= 0; i -= 1) {
    for (let j = koCount; j >= 0; j -= 1) {
      eachShape((a, b, shape) => {
        if (i + a > enCount || j + b > koCount) return;
        const cost = costOf(i, j, shape);
        if (cost === Infinity) return;
        backward[cell(i, j)] = logAdd(backward[cell(i, j)] ?? -Infinity, (backward[cell(i + a, j + b)] ?? -Infinity) - cost);
      });
    }
  }

  const total = forward[cell(enCount, koCount)] ?? 0;
  const beads: Bead[] = [];
  for (let i = enCount, j = koCount; i > 0 || j > 0; ) {
    const shape = choice[cell(i, j)] ?? -1;
    const [a, b] = SHAPES[shape] ?? [0, 0];
    if (a + b === 0) throw new Error('the alignment could not be traced back');
    const cost = costOf(i - a, j - b, shape);
    const posterior = Math.exp((forward[cell(i - a, j - b)] ?? 0) - cost + (backward[cell(i, j)] ?? 0) - total);
    beads.push({ en: { from: i - a, to: i }, ko: { from: j - b, to: j }, cost, confidence: Math.min(1, posterior) });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

/** ln(e^x + e^y) without overflow. */
function logAdd(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  const high = Math.max(x, y);
  return high + Math.log1p(Math.exp(-Math.abs(x - y)));
}
