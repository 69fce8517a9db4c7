#!/usr/bin/env node
// `npm start`: builds, then opens the desktop app. Where the Electron binary is missing (its
// download was blocked by a proxy, or this is an offline build machine) it says so in one
// sentence and serves the same app for a browser instead of failing with a stack trace.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveWeb } from './web.mjs';

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron'); // a path string when installed
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (binary) {
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('The Electron binary is not installed on this machine (its download was blocked), so Journeyboard runs in your browser instead.');
  serveWeb();
}
