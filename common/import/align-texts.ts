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
}

/** Re-estimating the model rarely changes anything after two or three rounds. */
const MAX_ROUNDS = 6;

/**
 * Aligns the sentences of an English text with those of its Korean translation. When
 * both have the same number of paragraphs, paragraph i is taken to translate paragraph
 * i: the model is first estimated from the paragraph pairs and each pair is aligned on
 * its own. Otherwise the first model comes from the whole texts. Either way, the model
 * is then estimated again from the 1-1 matches found, and the texts aligned again,
 * until the alignment stops changing.
 */
export function alignTexts(en: readonly Sentence[], ko: readonly Sentence[]): Alignment {
  const enParagraphs = groupByParagraph(en);
  const koParagraphs = groupByParagraph(ko);
  const anchoredByParagraphs = enParagraphs.length === koParagraphs.length && enParagraphs.length > 1;
  const blocks = anchoredByParagraphs
    ? enParagraphs.map((enBlock, index) => [enBlock, koParagraphs[index] ?? []] as const)
    : [[[...en], [...ko]] as const];

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
  return { beads: englishOnlyFirst(beads), model, anchoredByParagraphs };
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
