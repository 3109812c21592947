import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../tools/browser/chromium';
import { projectPath } from '../../support/project-content';
import { serveFolder } from '../../../tools/browser/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built renderer is served, ending in `/`. */
    showUrl: string;
  }
}

/** Serves the built renderer (`dist/renderer`) for the browser tests, as a venue's static server would. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  const folder = projectPath('dist/renderer');
  if (!existsSync(`${folder}/index.html`)) {
    throw new Error('dist/renderer/index.html is missing: run `npm run build` before the browser tests (`npm test` does).');
  }
  const server = await serveFolder(folder);
  project.provide('showUrl', server.url);
  return () => server.close();
}
