import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { deckFontPlugin } from './node/deck-font-plugin';
import { deckModulePlugin } from './node/deck-module-plugin';

// The renderer builds to static files with relative paths, so the same build runs in
// Electron (through the app protocol) and from any static file server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), deckModulePlugin('content'), deckFontPlugin('content')],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
  },
});
