import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../common/content/problem';
import { readContentFolder } from './read-content-folder';

const MODULE_ID = 'virtual:yeondae-content';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Compiles the content folder into the renderer bundle as `virtual:yeondae-content`,
 * so the renderer runs from static files in any browser. A broken content file fails
 * the build with its file, line and problem.
 */
export function deckModulePlugin(contentFolder: string): Plugin {
  const folder = resolve(contentFolder);
  return {
    name: 'yeondae-content',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of ['statement.yaml', 'settings.yaml', 'source/statement.txt']) this.addWatchFile(resolve(folder, file));
      const content = readContentFolder(folder);
      if (!content.ok) this.error(content.problems.map(formatProblem).join('\n'));
      // Settings problems only cost the bad setting (it keeps its default), as in the app.
      for (const problem of content.problems) this.warn(formatProblem(problem));
      return `export default ${JSON.stringify({ deck: content.deck, settings: content.settings })};`;
    },
  };
}
