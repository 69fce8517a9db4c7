/**
 * The phone page's built files (Vite's `dist/phone`), read once into an allow-list: a request
 * can only ever name one of these, never a path on disk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface PhoneFile {
  body: Buffer;
  type: string;
}

export type PhoneFiles = ReadonlyMap<string, PhoneFile>;

/** Maps "index.html", "assets/phone-abc.js", ... to their bytes; source maps are left out. */
export function loadPhoneFiles(dir: string): PhoneFiles {
  const files = new Map<string, PhoneFile>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const ext = name.slice(name.lastIndexOf('.'));
        const type = TYPES[ext];
        if (type) files.set(relative(dir, path).split(sep).join('/'), { body: readFileSync(path), type });
      }
    }
  };
  walk(dir);
  if (!files.has('index.html')) throw new Error(`No phone page in ${dir}: run the build first`);
  return files;
}
