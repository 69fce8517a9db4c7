#!/usr/bin/env node
// Serves the browser build of the app together with the participants' service on one origin
// (issue 18): `node scripts/web-host.mjs --port N [--app DIR] [--lan]`. Builds the phone page
// next to the app and bundles the TypeScript host with esbuild, then starts it.
//   --app DIR  the built app (default dist/renderer)
//   --lan      listen on every interface so phones on the network can join (default: 127.0.0.1 only)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function startHost({ port, appDir = 'dist/renderer', lan = false, quiet = false }) {
  const phoneDir = `${appDir}-phone`;
  const vite = spawnSync('npx', ['vite', 'build', '--config', 'vite.phone.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, JB_PHONE_OUT_DIR: resolve(phoneDir) },
  });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
  const outfile = resolve(`${appDir}-host/web-host.cjs`);
  await build({ entryPoints: ['electron/participants/webHost.ts'], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  const { startWebHost } = createRequire(import.meta.url)(outfile);
  const host = await startWebHost({ appDir: resolve(appDir), phoneDir: resolve(phoneDir), port, host: lan ? '0.0.0.0' : '127.0.0.1' });
  if (!quiet) console.log(`Journeyboard is served at http://localhost:${host.port}/ (Ctrl+C stops it).`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return host;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  await startHost({ port: Number(value('--port') ?? 47310), appDir: value('--app') ?? 'dist/renderer', lan: args.includes('--lan') });
}
