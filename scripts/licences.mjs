// The licence list that About shows: every package shipped inside the app (the runtime
// dependencies in package.json and, recursively, what they depend on), read from the package.json
// and licence files in node_modules at build time. No network; a package missing from
// node_modules is an error, so the list can never silently leave one out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** node_modules/<name> as Node resolves it from `fromDir` (nested copies first, then upwards). */
function packageDir(name, fromDir, root) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) break;
  }
  throw new Error(`licences: ${name} is not installed (needed from ${fromDir})`);
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/**
 * @param {string} root the project folder (its package.json lists the runtime dependencies)
 * @returns {{ name: string, version: string, licence: string, text: string | null }[]} sorted by name
 */
export function collectLicences(root) {
  const seen = new Map();
  const visit = (name, fromDir) => {
    const dir = packageDir(name, fromDir, root);
    if (seen.has(dir)) return;
    const pkg = readJson(join(dir, 'package.json'));
    const file = readdirSync(dir).find((f) => LICENCE_FILE.test(f));
    seen.set(dir, { name: pkg.name ?? name, version: pkg.version ?? '', licence: licenceOf(pkg), text: file ? readFileSync(join(dir, file), 'utf8').trim() : null });
    // Peer dependencies are installed by whoever needs them and are listed there.
    // Type packages (@types/*) are compile-time only and never reach the bundle.
    for (const dep of Object.keys(pkg.dependencies ?? {})) if (!dep.startsWith('@types/')) visit(dep, dir);
  };
  for (const dep of Object.keys(readJson(join(root, 'package.json')).dependencies ?? {})) visit(dep, root);
  const unique = new Map();
  for (const entry of seen.values()) unique.set(`${entry.name}@${entry.version}`, entry);
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/**
 * Vite plugin: `import('virtual:licences')` gives the list as a lazily loaded chunk (the app's
 * CSP forbids fetch, connect-src 'none', so it cannot be a JSON file read at run time).
 */
export function licencesPlugin(root = process.cwd()) {
  const id = 'virtual:licences';
  const resolved = '\0' + id;
  return {
    name: 'journeyboard-licences',
    resolveId: (source) => (source === id ? resolved : null),
    load: (loaded) => (loaded === resolved ? `export default ${JSON.stringify(collectLicences(root))};` : null),
  };
}
