/**
 * The Content Security Policy, sent as a header by the app:// protocol handler. It must equal
 * the `<meta>` tag in renderer/index.html (the web build and scanners only see the tag);
 * csp.test.ts compares them. `connect-src 'none'` is what keeps the app offline.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; frame-src 'none'; form-action 'none'";

/** Reads the policy from the `<meta http-equiv="Content-Security-Policy">` tag of an HTML page. */
export function cspFromHtml(html: string): string | null {
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const content = tag ? /\scontent=(["'])([\s\S]*?)\1/i.exec(tag)?.[2] : undefined;
  return content ? content.replace(/\s+/g, ' ').trim() : null;
}
