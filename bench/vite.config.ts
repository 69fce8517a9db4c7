/**
 * The benchmark's build: the app exactly as vite.config.ts builds it, plus the bench helper page
 * (bench/page) in the same output, so that both are served from one origin and share IndexedDB.
 * The root moves up to the repository so that both pages sit under it; the app is then served at
 * /renderer/index.html.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import app from '../vite.config';

const repo = resolve(import.meta.dirname, '..');

export default mergeConfig(
  app,
  defineConfig({
    root: repo,
    build: {
      // Readable function names in CPU profiles (run.mjs --no-minify).
      minify: process.env.JB_BENCH_MINIFY !== '0',
      outDir: resolve(repo, process.env.JB_OUT_DIR ?? 'dist/bench'),
      rollupOptions: {
        input: {
          app: resolve(repo, 'renderer/index.html'),
          bench: resolve(repo, 'bench/page/index.html'),
        },
      },
    },
  }),
);
