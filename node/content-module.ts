import { formatProblem } from '../common/content/problem';
import { readContentFolder } from './read-content-folder';

/** The module the renderer and the main process import the built-in content from. */
export const CONTENT_MODULE_ID = 'virtual:yeondae-content';

/** The content folder as the JSON of `virtual:yeondae-content`, with the warnings to show. */
export interface ContentModule {
  /** `{"deck": …, "settings": …}` */
  readonly json: string;
  /** Problems that do not stop the build (settings that keep their default, a hidden slide), one line each. */
  readonly warnings: readonly string[];
}

/**
 * Compiles a content folder into the module both bundles build in: the renderer's (the
 * show in any browser) and main's (the fallback when the folder is broken at run time).
 * A statement that does not load throws with every problem, so a broken show never ships.
 */
export function compileContentModule(folder: string): ContentModule {
  const content = readContentFolder(folder);
  if (!content.ok) throw new Error(`the content cannot be built:\n${content.problems.map(formatProblem).join('\n')}`);
  return { json: JSON.stringify({ deck: content.deck, settings: content.settings }), warnings: content.problems.map(formatProblem) };
}
