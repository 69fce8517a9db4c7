#!/usr/bin/env node
// `npm start`: builds, then opens the desktop app. Where the Electron binary is missing (its
// download was blocked by a proxy, or this is an offline build machine) it says so in one
// sentence and serves the same app for a browser instead of failing with a stack trace.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { serveWeb } from './web.mjs';

export const NO_BINARY_MESSAGE =
  'The Electron binary is not installed on this machine (its download was blocked), so Journeyboard runs in your browser instead.';

/**
 * The path of the Electron binary, or null when there is none. `require('electron')` returns
 * the path from the package's path.txt, and throws when the postinstall never downloaded it.
 */
export function electronBinary({ requireElectron = () => createRequire(import.meta.url)('electron'), exists = existsSync } = {}) {
  try {
    const path = requireElectron();
    return typeof path === 'string' && path !== '' && exists(path) ? path : null;
  } catch {
    return null;
  }
}

export function start(args = process.argv.slice(2)) {
  const binary = electronBinary();
  if (binary) {
    const child = spawn(binary, ['.', ...args], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log(NO_BINARY_MESSAGE);
    serveWeb();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) start();
