import type { Language } from '../deck/deck';
import type { Bead, SentenceRange } from './alignment';
import { lengthSurprise, textLength, type LengthModel } from './length-model';
import type { Sentence } from './sentences';

/**
 * Below this posterior probability a match is one to check. On the statement every
 * right match scores above 0.85; where the length model cannot tell matches apart (many
 * short sentences of similar length, no paragraphs to anchor them), wrong matches mostly
 * score below 0.9.
 */
export const SURE_CONFIDENCE = 0.9;

/**
 * What a person should check about a segment made of `beads`, one line per doubtful
 * match: text found in one language only (always worth a look, however sure the
 * aligner is), and matches the aligner is less than
 * `SURE_CONFIDENCE` sure of, with how their lengths compare to what the model expects.
 */
export function checksFor(beads: readonly Bead[], sentences: Readonly<Record<Language, readonly Sentence[]>>, model: LengthModel): string[] {
  const length = (lang: Language, range: SentenceRange): number =>
    sentences[lang].slice(range.from, range.to).reduce((sum, sentence) => sum + textLength(sentence.text), 0);
  return beads.flatMap((bead) => {
    const en = length('en', bead.en);
    const ko = length('ko', bead.ko);
    if (ko === 0) return ['only in the English text: check that the Korean has nothing for it'];
    if (en === 0) return ['only in the Korean text: check that the English has nothing for it'];
    if (bead.confidence >= SURE_CONFIDENCE) return [];
    const sure = `${Math.round(bead.confidence * 100)}% sure`;
    const surprise = lengthSurprise(en, ko, model);
    const lengths = Math.abs(surprise) < 1 ? '' : `; the Korean is ${surprise > 0 ? 'longer' : 'shorter'} than usual for the English`;
    return [`${count(bead.en)} of English matched with ${count(bead.ko)} of Korean, ${sure}${lengths}`];
  });
}

function count(range: SentenceRange): string {
  const sentences = range.to - range.from;
  return sentences === 1 ? '1 sentence' : `${sentences} sentences`;
}
