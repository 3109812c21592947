import { alignByCost, type Bead } from './alignment';
import { estimateLengthModel, textLength, type LengthModel } from './length-model';
import { galeChurchCost } from './match-cost';
import type { Sentence } from './sentences';

/** The sentences of both texts, matched. */
export interface Alignment {
  readonly beads: readonly Bead[];
  /** The length model the alignment was made with, estimated from these texts. */
  readonly model: LengthModel;
  /** Whether paragraph i of the English was matched with paragraph i of the Korean. */
  readonly anchoredByParagraphs: boolean;
  /** How many sections were matched by their labels (`3.` with `3.`, `Article 3` with `제3조`), each then aligned on its own. */
  readonly sectionsMatched: number;
}

/** Re-estimating the model rarely changes anything after two or three rounds. */
const MAX_ROUNDS = 6;

/**
 * Aligns the sentences of an English text with those of its Korean translation. Sections
 * whose labels match (the longest run of them, in order, that both texts share: `3.` and
 * `3.`, `Article 3` and `제3조`) translate each other: each is aligned on its own, so a
 * free translation cannot drift across a section's start. Within each (or the whole
 * texts, when no labels match), when both have the same number of paragraphs, paragraph
 * i is taken to translate paragraph i, and each pair is aligned on its own. The model
 * is first estimated from these blocks, then again from the 1-1 matches found, and the
 * texts aligned again, until the alignment stops changing.
 */
export function alignTexts(en: readonly Sentence[], ko: readonly Sentence[]): Alignment {
  const anchors = matchingSections(en, ko);
  const sections = cutAt(en, ko, anchors);
  const anchoredByParagraphs = groupByParagraph(en).length === groupByParagraph(ko).length && groupByParagraph(en).length > 1;
  const blocks = sections.flatMap(([enSection, koSection]) => {
    const enParagraphs = groupByParagraph(enSection);
    const koParagraphs = groupByParagraph(koSection);
    return enParagraphs.length === koParagraphs.length && enParagraphs.length > 1
      ? enParagraphs.map((enBlock, index) => [enBlock, koParagraphs[index] ?? []] as const)
      : [[enSection, koSection] as const];
  });

  let model = estimateLengthModel(blocks.map(([enBlock, koBlock]) => [totalLength(enBlock), totalLength(koBlock)]));
  let beads = alignBlocks(blocks, model);
  for (let round = 1; round < MAX_ROUNDS; round += 1) {
    const oneToOne = beads.filter((bead) => bead.en.to - bead.en.from === 1 && bead.ko.to - bead.ko.from === 1);
    if (oneToOne.length < 2) break;
    const next = estimateLengthModel(oneToOne.map((bead) => [textLength(en[bead.en.from]?.text ?? ''), textLength(ko[bead.ko.from]?.text ?? '')]));
    const realigned = alignBlocks(blocks, next);
    model = next;
    if (sameMatches(realigned, beads)) break;
    beads = realigned;
  }
  return { beads: englishOnlyFirst(beads), model, anchoredByParagraphs, sectionsMatched: anchors.length };
}

/**
 * The sentences at which both texts open the same section, as index pairs: the longest
 * common subsequence of their section keys (sentences.ts), so that a label one text
 * lacks, or has twice, costs only its own match.
 */
function matchingSections(en: readonly Sentence[], ko: readonly Sentence[]): (readonly [en: number, ko: number])[] {
  const keyed = (sentences: readonly Sentence[]): number[] => sentences.flatMap((sentence, index) => (sentence.sectionKey === undefined ? [] : [index]));
  const enKeyed = keyed(en);
  const koKeyed = keyed(ko);
  const width = koKeyed.length + 1;
  const longest = new Uint32Array((enKeyed.length + 1) * width);
  for (let i = enKeyed.length - 1; i >= 0; i -= 1) {
    for (let j = koKeyed.length - 1; j >= 0; j -= 1) {
      const same = en[enKeyed[i] ?? 0]?.sectionKey === ko[koKeyed[j] ?? 0]?.sectionKey;
      longest[i * width + j] = same ? (longest[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(longest[(i + 1) * width + j] ?? 0, longest[i * width + j + 1] ?? 0);
    }
  }
  const pairs: (readonly [number, number])[] = [];
  for (let i = 0, j = 0; i < enKeyed.length && j < koKeyed.length; ) {
    if (en[enKeyed[i] ?? 0]?.sectionKey === ko[koKeyed[j] ?? 0]?.sectionKey) {
      pairs.push([enKeyed[i] ?? 0, koKeyed[j] ?? 0]);
      i += 1;
      j += 1;
    } else if ((longest[(i + 1) * width + j] ?? 0) >= (longest[i * width + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}

/** Both texts cut before each pair of matching sentences: the stretches that translate each other. */
function cutAt(en: readonly Sentence[], ko: readonly Sentence[], anchors: readonly (readonly [number, number])[]): Block[] {
  const starts = [[0, 0] as const, ...anchors.filter(([enAt, koAt]) => enAt > 0 || koAt > 0)];
  return starts.map(([enFrom, koFrom], index) => {
    const [enTo, koTo] = starts[index + 1] ?? [en.length, ko.length];
    return [en.slice(enFrom, enTo), ko.slice(koFrom, koTo)] as const;
  });
}

/**
 * Between two bilingual matches, lengths cannot say whether the English-only lines come
 * before the Korean-only ones or after (each keeps its place in its own text either
 * way). Put the English-only ones first, as the show puts English first: a sign-off in
 * the English text, then a closing line of the Korean.
 */
function englishOnlyFirst(beads: readonly Bead[]): Bead[] {
  const ordered: Bead[] = [];
  let oneLanguage: Bead[] = [];
  const flush = (): void => {
    ordered.push(...oneLanguage.filter((bead) => bead.ko.to === bead.ko.from), ...oneLanguage.filter((bead) => bead.ko.to > bead.ko.from));
    oneLanguage = [];
  };
  for (const bead of beads) {
    if (bead.en.to === bead.en.from || bead.ko.to === bead.ko.from) {
      oneLanguage.push(bead);
    } else {
      flush();
      ordered.push(bead);
    }
  }
  flush();
  return ordered;
}

type Block = readonly [en: readonly Sentence[], ko: readonly Sentence[]];

/** Aligns each block on its own and numbers the matches across the whole texts. */
function alignBlocks(blocks: readonly Block[], model: LengthModel): Bead[] {
  let enOffset = 0;
  let koOffset = 0;
  return blocks.flatMap(([enBlock, koBlock]) => {
    const cost = galeChurchCost(enBlock.map((sentence) => sentence.text), koBlock.map((sentence) => sentence.text), model);
    const beads = alignByCost(enBlock.length, koBlock.length, cost).map((bead) => ({
      ...bead,
      en: { from: bead.en.from + enOffset, to: bead.en.to + enOffset },
      ko: { from: bead.ko.from + koOffset, to: bead.ko.to + koOffset },
    }));
    enOffset += enBlock.length;
    koOffset += koBlock.length;
    return beads;
  });
}

function groupByParagraph(sentences: readonly Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const sentence of sentences) {
    if (groups.length === 0 || groups.at(-1)?.[0]?.paragraph !== sentence.paragraph) groups.push([]);
    groups.at(-1)?.push(sentence);
  }
  return groups;
}

function totalLength(sentences: readonly Sentence[]): number {
  return sentences.reduce((sum, sentence) => sum + textLength(sentence.text), 0);
}

function sameMatches(a: readonly Bead[], b: readonly Bead[]): boolean {
  return a.length === b.length && a.every((bead, index) => bead.en.to === b[index]?.en.to && bead.ko.to === b[index]?.ko.to);
}
