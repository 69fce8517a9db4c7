/** A journey title as a file name: no path separators, reserved or control characters. */
export function fileNameFor(title: string, fallback: string): string {
  const cleaned = [...title]
    .map((c) => (/[\\/:*?"<>|]/.test(c) || c.charCodeAt(0) < 32 ? '-' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  return cleaned || fallback;
}
