import { Fragment } from 'react';
import { wordRuns } from '../../common/layout/word-runs';

/**
 * Renders `text` so that lines break only at its spaces: each run of `wordRuns` (a word,
 * or the last two words together) is one unbreakable span. Korean needs this beyond
 * `word-break: keep-all`, which still lets Chromium break between a closing quote and
 * the particle after it (‘분쟁 국가들’|에), and a Hangul phrase in English text would
 * otherwise break between syllables. The text is unchanged: only spans wrap it.
 */
export function WholeWords({ text }: { readonly text: string }) {
  return (
    <>
      {wordRuns(text).map((run, index) =>
        index % 2 === 1 ? (
          <Fragment key={index}>{run}</Fragment>
        ) : (
          <span key={index} className="word">
            {run}
          </span>
        ),
      )}
    </>
  );
}
