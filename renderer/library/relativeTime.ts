/**
 * "3 minutes ago" / "vor 3 Minuten" for the library cards, from Intl in the UI language, with
 * the full date in a tooltip. Older than a week shows the date itself: "14 days ago" makes
 * people count.
 */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 1_000],
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/** Under this age a card says "just now" rather than Intl's bare "now" ("Changed now" reads oddly). */
const JUST_NOW_MS = 45_000;

export function isJustNow(iso: string, now: number): boolean {
  const then = Date.parse(iso);
  return !Number.isNaN(then) && now - then < JUST_NOW_MS;
}

export function relativeTime(iso: string, now: number, locale: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const ago = now - then;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < JUST_NOW_MS) return format.format(0, 'second');
  if (ago < 7 * 86_400_000) {
    for (let i = UNITS.length - 1; i >= 0; i--) {
      const [unit, ms] = UNITS[i]!;
      if (ago >= ms) return format.format(-Math.round(ago / ms), unit);
    }
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(then);
}

export function fullDateTime(iso: string, locale: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(then);
}
