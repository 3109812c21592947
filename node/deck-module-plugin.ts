import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_FILES } from '../common/content/load-content';
import { formatProblem } from '../common/content/problem';
import { compileContentModule, CONTENT_MODULE_ID } from './content-module';
import { readContentFolder } from './read-content-folder';

const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`;

/** Ends a build that cannot go on, with only the lines a person needs. */
export type StopBuild = (lines: readonly string[]) => never;

const exitWithLines: StopBuild = (lines) => {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
};

/**
 * Compiles the content folder into the renderer bundle as `virtual:yeondae-content`,
 * so the renderer runs from static files in any browser. A broken content file fails
 * the build with its file, line and problem.
 */
export function deckModulePlugin(contentFolder: string, stop: StopBuild = exitWithLines): Plugin {
  const folder = resolve(contentFolder);
  return {
    name: 'yeondae-content',
    configResolved(config) {
      // A one-off build checks the content before Vite starts: Vite would print the
      // plugin's error below its own stack trace and the bundler's, where the person who
      // broke a content file needs only the file, the line and the problem. A watching
      // build or the dev server gets the error below, and carries on once it is fixed.
      if (config.command !== 'build' || config.build.watch) return;
      const content = readContentFolder(contentFolder);
      if (!content.ok) stop([...content.problems.map(formatProblem), 'the content cannot be built: fix the lines above and build again']);
    },
    resolveId: (id) => (id === CONTENT_MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of Object.values(CONTENT_FILES)) this.addWatchFile(resolve(folder, file));
      let module;
      try {
        module = compileContentModule(contentFolder);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      // Settings problems only cost the bad setting (it keeps its default), as in the app.
      for (const warning of module.warnings) this.warn(warning);
      return `export default ${module.json};`;
    },
  };
}
