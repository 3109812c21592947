// Builds the Electron host: `npm run build:electron`.
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { compileContentModule, CONTENT_MODULE_ID } from '../node/content-module';
import { servedMediaTypes } from './served-media-types';
const PRELOAD_ENTRY = 'electron/preload.ts';
/** `ws` loads these native speed-ups only when they are installed; the bundles do without them. */
export const OPTIONAL_NATIVE = ['bufferutil', 'utf-8-validate'];

export interface ElectronBuildOptions {
  /** The project folder; the others are relative to it. */
  readonly root?: string;
  readonly outDir?: string;
  readonly contentFolder?: string;
  readonly warn?: (message: string) => void;
}

/**
 * Compiles the content folder into main's bundle as `virtual:yeondae-content`, the show
 * main runs when the folder is broken at run time. Broken content fails the build here,
 * with every problem, so a bad fallback can never ship.
 */
function fallbackContentPlugin(contentFolder: string, warn: (message: string) => void): Plugin {
  const { json: contents, warnings } = compileContentModule(contentFolder);
  for (const warning of warnings) warn(warning);
  return {
    name: 'yeondae-fallback-content',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^virtual:yeondae-content$/ }, () => ({ path: CONTENT_MODULE_ID, namespace: 'yeondae-content' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'yeondae-content' }, () => ({ contents, loader: 'json' }));
    },
  };
}

/** `mime-db` as the bundles carry it: the installed database's entries for the endings the show server serves. */
function servedMediaTypesPlugin(root: string): Plugin {
  return {
    name: 'yeondae-served-media-types',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^mime-db$/ }, (args) => ({ path: createRequire(join(args.resolveDir, 'index.js')).resolve('mime-db'), namespace: 'yeondae-media-types' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'yeondae-media-types' }, async (args) => {
        const db = JSON.parse(await readFile(args.path.replace(/index\.js$/u, 'db.json'), 'utf8')) as Parameters<typeof servedMediaTypes>[0];
        return { contents: JSON.stringify(servedMediaTypes(db)), loader: 'json', resolveDir: root };
      });
    },
  };
}

/**
 * A sandboxed preload gets a `require` that knows only `electron` (and a few polyfills),
 * so anything else it requires would fail only when a window opens. Fail the build instead.
 */
function checkPreloadImports(metafile: Metafile): void {
  const preload = Object.values(metafile.outputs).find((output) => output.entryPoint === PRELOAD_ENTRY);
  if (preload === undefined) throw new Error(`esbuild produced no bundle for ${PRELOAD_ENTRY}`);
  const foreign = preload.imports.filter((entry) => entry.path !== 'electron').map((entry) => entry.path);
  if (foreign.length > 0) throw new Error(`the sandboxed preload may only require electron, but requires: ${foreign.join(', ')}`);
}

/**
 * Bundles `electron/main.ts` and `electron/preload.ts` into `<outDir>/main.cjs` and
 * `<outDir>/preload.cjs`: CommonJS for Node 22 (Electron 45's), `electron` left to the
 * runtime, everything else inside, so each bundle is one file that needs no node_modules.
 * Beside them, for Node 20 and up, `dist/server/serve.cjs` runs the show server alone
 * (`npm run serve`): a small supervisor that starts `dist/server/show-server-process.cjs`,
 * the server itself, and starts it again whenever it dies.
 */
export async function buildElectron(options: ElectronBuildOptions = {}): Promise<void> {
  const root = resolve(options.root ?? '.');
  const outDir = resolve(root, options.outDir ?? 'dist/electron');
  const serverOutDir = resolve(outDir, '..', 'server');
  const warn = options.warn ?? ((message: string) => console.warn(message));
  // Named in messages as given (see readContentFolder): the project's own as `content/…`.
  const contentFolder = options.contentFolder ?? 'content';
  const mediaTypes = servedMediaTypesPlugin(root);
  const fallback = fallbackContentPlugin(options.root === undefined || isAbsolute(contentFolder) ? contentFolder : join(options.root, contentFolder), warn);
  await rm(outDir, { recursive: true, force: true });
  await rm(serverOutDir, { recursive: true, force: true });
  const common: BuildOptions = { absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', sourcemap: false, logLevel: 'warning' };
  const server: BuildOptions = { ...common, outdir: serverOutDir, outExtension: { '.js': '.cjs' }, target: 'node20', external: OPTIONAL_NATIVE };
  // The supervisor holds no show, so it gets no content: it stays small, with nothing in it to fail.
  await build({ ...server, entryPoints: { serve: 'server/serve-main.ts' } });
  await build({ ...server, entryPoints: { 'show-server-process': 'server/serve-process-main.ts' }, plugins: [fallback, mediaTypes] });
  const result = await build({
    ...common,
    plugins: [fallback, mediaTypes],
    entryPoints: { main: 'electron/main.ts', preload: PRELOAD_ENTRY },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    target: 'node22',
    external: ['electron', ...OPTIONAL_NATIVE],
    metafile: true,
  });
  if (result.metafile === undefined) throw new Error('esbuild gave no metafile');
  checkPreloadImports(result.metafile);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildElectron().then(
    () => console.log('built dist/electron/main.cjs, dist/electron/preload.cjs, dist/server/serve.cjs and dist/server/show-server-process.cjs'),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
