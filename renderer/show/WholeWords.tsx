import { Fragment } from 'react';

/**
 * Renders `text` so that lines break only at its spaces: each word is one unbreakable
 * run, and the last two words share one, the typesetter's cure for a lone last word
 * where `text-wrap: balance` does not reach. Korean needs this beyond
 * `word-break: keep-all`, which still lets Chromium break between a closing quote and
 * the particle after it (‘분쟁 국가들’|에), and a Hangul phrase in English text would
 * otherwise break between syllables. The text is unchanged: only spans wrap it.
 */
export function WholeWords({ text }: { readonly text: string }) {
  const parts = text.split(/(\s+)/u);
  // parts alternate word, space, word, …; the last three (word, space, word) stay together.
  const lastRun = parts.length >= 3 ? parts.length - 3 : 0;
  const runs = [...parts.slice(0, lastRun), parts.slice(lastRun).join('')];
  return (
    <>
      {runs.map((run, index) =>
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
