import { Fragment } from 'react';
import { runPieces } from '../../common/layout/address-breaks';
import { wordRuns } from '../../common/layout/word-runs';

/**
 * Renders `text` so that lines break only at its spaces and, inside a web address, at its
 * break points (common/layout/address-breaks.ts): each run of `wordRuns` (a word, or the
 * last two words together) is one unbreakable span, or, where it holds an address, one
 * span per piece with a `<wbr>` between. Korean needs this beyond `word-break: keep-all`,
 * which still lets Chromium break between a closing quote and the particle after it
 * (‘분쟁 국가들’|에), and a Hangul phrase in English text would otherwise break between
 * syllables. The text is unchanged: only spans and `<wbr>` wrap it.
 */
export function WholeWords({ text }: { readonly text: string }) {
  return (
    <>
      {wordRuns(text).map((run, index) =>
        index % 2 === 1 ? <Fragment key={index}>{run}</Fragment> : <RunPieces key={index} run={run} />,
      )}
    </>
  );
}

/** One run: a span that never breaks, or the pieces of the address in it with a break allowed between them. */
function RunPieces({ run }: { readonly run: string }) {
  return (
    <>
      {runPieces(run).map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="word">{piece}</span>
        </Fragment>
      ))}
    </>
  );
}
