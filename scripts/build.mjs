#!/usr/bin/env node
// Builds the renderer (Vite) and the Electron main process and preload (esbuild).
// The preload is CommonJS because a sandboxed preload cannot be an ES module.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const vite = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (vite.status !== 0) process.exit(vite.status ?? 1);
// The participants' phone page (issue 18): its own entry, served by main's participants' service.
const phone = spawnSync('npx', ['vite', 'build', '--config', 'vite.phone.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
if (phone.status !== 0) process.exit(phone.status ?? 1);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
console.log('built dist/renderer, dist/phone and dist/electron');
