/**
 * File names built from the journey title and a date, safe on Windows, macOS and Linux:
 * no characters any of them refuses (`<>:"/\|?*`, control characters), no reserved Windows
 * device names (CON, NUL, COM1... even with an extension), no trailing dot or space (Windows
 * drops them), no leading dot (hidden on Unix), and short enough for every file system and
 * for Windows' 260-character paths once a folder is in front.
 */
const ILLEGAL = /[<>:"/\\|?*]/g;
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
const withoutControls = (s: string) => Array.from(s, (c) => (isControl(c.charCodeAt(0)) ? ' ' : c)).join('');
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** UTF-16 units for the stem; with the extension and date it stays well under 255 bytes of UTF-8. */
const MAX_STEM = 80;

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Cleans one name part; empty when nothing usable is left. */
export function sanitiseNamePart(text: string, maxLength = MAX_STEM): string {
  let s = withoutControls(text.normalize('NFC')).replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[.\s]+/, '');
  if (s.length > maxLength) {
    s = s.slice(0, maxLength);
    const last = s.charCodeAt(s.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1); // never half an emoji
  }
  s = s.replace(/[.\s]+$/, '');
  if (RESERVED.test(s.split('.')[0] ?? '')) s = `_${s}`;
  return s;
}

export interface FileNameOptions {
  title: string;
  date: Date;
  /** With its dot: `.png`, `.journey.json`. */
  extension: string;
  /** Used when the title has no usable characters (e.g. only `???`). */
  fallback: string;
  /** An extra part before the date, e.g. the phase of a one-phase export. */
  suffix?: string;
}

export function safeFileName(options: FileNameOptions): string {
  const title = sanitiseNamePart(options.title) || sanitiseNamePart(options.fallback) || 'journey';
  const suffix = options.suffix ? sanitiseNamePart(options.suffix, 40) : '';
  const stem = [title, suffix, localDate(options.date)].filter(Boolean).join(' ');
  return `${stem}${options.extension}`;
}
