import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The participants' phone page (issue 18): its own entry and its own output, served by the
 * participants' service under the session's secret path. Relative asset paths, so every
 * request a phone makes for it carries the token (or the short code) in its path.
 */
export default defineConfig({
  root: 'renderer/phone',
  base: './',
  plugins: [react()],
  build: {
    outDir: process.env.JB_PHONE_OUT_DIR ?? '../../dist/phone',
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    target: 'es2020',
  },
});
