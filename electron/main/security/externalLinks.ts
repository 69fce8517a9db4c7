/**
 * Which links may leave the app for the system browser or mail client: only parsed `https:`
 * and `mailto:` URLs. Everything else (http:, file:, javascript:, custom schemes that could
 * launch other programs) is dropped.
 */
export function safeExternalUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '') return url.href;
  if (url.protocol === 'mailto:' && url.pathname !== '') return url.href;
  return null;
}
