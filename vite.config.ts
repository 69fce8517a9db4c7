import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { licencesPlugin } from './scripts/licences.mjs';

/**
 * The renderer build. The same output is loaded by Electron through the app:// protocol and
 * served to plain Chromium by `npm run web`, so it uses relative asset paths and nothing that
 * needs Node.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), licencesPlugin()],
  build: {
    // JB_OUT_DIR lets parallel test runs build side by side without overwriting each other.
    outDir: process.env.JB_OUT_DIR ?? '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Fonts must be files, not data: URLs, so the CSP font-src 'self' holds.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    target: 'es2022',
  },
  // The PNG export's compression workers (renderer/export/png) are ES modules.
  worker: { format: 'es' },
  server: { strictPort: true },
  preview: { strictPort: true },
});
