/**
 * Maps an app://journeyboard/... URL to a file under the renderer folder, or refuses it.
 * Chromium already normalises URLs of a standard scheme, so this is the second line of
 * defence: it looks at the raw path and refuses anything that could leave the folder
 * (`..`, `%2e%2e`, encoded slashes or backslashes, drive letters, NUL), instead of trying to
 * clean it up, and then checks the joined path is still inside.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../appIdentity';

const PREFIX = `${APP_SCHEME}://${APP_HOST}`;

export function resolveAppPath(rootDir: string, url: string): string | null {
  if (!url.toLowerCase().startsWith(PREFIX)) return null;
  const rest = url.slice(PREFIX.length);
  if (rest !== '' && !rest.startsWith('/') && !rest.startsWith('?') && !rest.startsWith('#')) return null; // app://journeyboard.evil
  const rawPath = rest.split(/[?#]/, 1)[0] || '/';
  if (rawPath === '/') return join(resolve(rootDir), 'index.html');

  const segments = rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    if (segment === '') return null; // `//x` could be read as an absolute or UNC path
    if (/%(2f|5c|00)/i.test(segment)) return null; // encoded separators or NUL
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null; // malformed escape
    }
    if (name === '.' || name === '..' || /[\\/:\0]/.test(name) || isAbsolute(name)) return null;
    decoded.push(name);
  }

  const root = resolve(rootDir);
  const target = resolve(root, ...decoded);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return target;
}
