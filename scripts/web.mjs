#!/usr/bin/env node
// `npm run web`: serves the built app on a fixed local port for any Chromium-based browser.
import { spawn } from 'node:child_process';

export const WEB_PORT = Number(process.env.JOURNEYBOARD_PORT ?? 47310);

export function serveWeb() {
  console.log(`Journeyboard is served at http://localhost:${WEB_PORT}/ (Ctrl+C stops it).`);
  const server = spawn('npx', ['vite', 'preview', '--port', String(WEB_PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server.on('exit', (code) => process.exit(code ?? 0));
}

if (import.meta.url === `file://${process.argv[1]}`) serveWeb();
