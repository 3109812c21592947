import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../common/content/load-content';
import type { Deck } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';

/** A path inside the project. */
export function projectPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

export function readProjectFile(relative: string): string {
  return readFileSync(projectPath(relative), 'utf8');
}

/** The project's own content folder, compiled as the app compiles it. */
export function loadProjectContent(): { deck: Deck; settings: Settings } {
  const loaded = loadContent({
    statement: readProjectFile('content/statement.yaml'),
    settings: readProjectFile('content/settings.yaml'),
    source: readProjectFile('content/source/statement.txt'),
  });
  if (!loaded.ok) throw new Error(`the project's content does not load: ${JSON.stringify(loaded.problems)}`);
  return loaded;
}
