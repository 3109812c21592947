import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The export's scripts for its pages, in tools/export/page/. */
const PAGE_SCRIPTS = {
  /** The show page's stand-in for the Electron host. */
  showHost: 'show-host.ts',
  /** The encoder page. */
  videoEncoder: 'video-encoder.ts',
} as const;

/**
 * A page script as one self-contained classic script, for `addInitScript` or a page's
 * `<script>`. Bundled here, from the TypeScript the type checks see, rather than handed to
 * Playwright as functions: those are sent as their source text, which Node's TypeScript
 * loaders rewrite with helpers the page does not have.
 */
export async function pageScript(name: keyof typeof PAGE_SCRIPTS): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./page/${PAGE_SCRIPTS[name]}`, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild made nothing of the page script ${PAGE_SCRIPTS[name]}`);
  return output.text;
}
