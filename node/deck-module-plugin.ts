import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_FILES } from '../common/content/load-content';
import { compileContentModule, CONTENT_MODULE_ID } from './content-module';

const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`;

/**
 * Compiles the content folder into the renderer bundle as `virtual:yeondae-content`,
 * so the renderer runs from static files in any browser. A broken content file fails
 * the build with its file, line and problem.
 */
export function deckModulePlugin(contentFolder: string): Plugin {
  const folder = resolve(contentFolder);
  return {
    name: 'yeondae-content',
    resolveId: (id) => (id === CONTENT_MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of Object.values(CONTENT_FILES)) this.addWatchFile(resolve(folder, file));
      let module;
      try {
        module = compileContentModule(folder);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      // Settings problems only cost the bad setting (it keeps its default), as in the app.
      for (const warning of module.warnings) this.warn(warning);
      return `export default ${module.json};`;
    },
  };
}
