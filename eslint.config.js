// The layer rules of STYLE.md §1, as lint errors: what each folder may import.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'crypto', 'events', 'stream', 'util', 'worker_threads'];
const nodeImports = [
  { group: ['node:*'], message: 'Node modules are not available here.' },
  ...NODE_BUILTINS.map((name) => ({ group: [name, `${name}/*`], message: 'Node modules are not available here.' })),
];
const electronImport = { group: ['electron', 'electron/*'], message: 'Only the Electron host (electron/) may import Electron.' };
const folderImport = (folder, message) => ({ group: [`**/${folder}/**`, `**/${folder}`], message });

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', '.scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  restrict(['common/**/*.ts'], [
    ...nodeImports,
    electronImport,
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'common/ is pure logic: no UI framework.' },
    folderImport('renderer', 'common/ may not depend on the renderer.'),
    folderImport('electron', 'common/ may not depend on the Electron host.'),
    folderImport('node', 'common/ may not depend on Node-only code.'),
    folderImport('server', 'common/ may not depend on the show server.'),
  ]),
  restrict(['renderer/**/*.{ts,tsx}'], [
    ...nodeImports,
    electronImport,
    folderImport('electron', 'The renderer talks to the host only through window.yeondae (common/ipc/contract.ts).'),
    folderImport('node', 'The renderer runs in a browser: no Node-only code.'),
    folderImport('server', 'The renderer talks to the show server only over its WebSocket (common/network/).'),
  ]),
  restrict(['electron/**/*.ts'], [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The host has no UI framework.' },
    folderImport('renderer', 'The host may not import the renderer; it serves its built files.'),
  ]),
  // The show server runs with no Electron at all (`npm run serve`); Electron embeds it.
  // (A later block replaces an earlier one's rule for the files both match, so each folder gets one block.)
  restrict(['server/**/*.ts'], [
    electronImport,
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The server has no UI framework.' },
    folderImport('renderer', 'The server may not import the renderer; it serves its built files.'),
    folderImport('electron', 'The server runs without Electron: the Electron host imports it, never the other way.'),
  ]),
  // The export's page scripts run in Chromium's pages, not in Node (see tools/export/page-scripts.ts).
  restrict(['tools/export/page/**/*.ts'], [
    ...nodeImports,
    electronImport,
    folderImport('renderer', 'The export drives the renderer through its page, as the Electron host does; it may not import it.'),
  ]),
  restrict(['node/**/*.ts'], [
    electronImport,
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'node/ has no UI framework.' },
    folderImport('server', 'node/ holds helpers shared by the build, the server and the host; it may not depend on the server.'),
    folderImport('electron', 'node/ runs without Electron.'),
    folderImport('renderer', 'node/ may not import the renderer.'),
  ]),
);
