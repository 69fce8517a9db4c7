/**
 * The page behind the short address: a form for the short code, with no script at all. It
 * follows the phone's language (Accept-Language) and is the only page served without a
 * session secret; it shows nothing of the session.
 */
import { createHash } from 'node:crypto';

const TEXTS = {
  en: { title: 'Join the workshop', label: 'Code shown on the screen', join: 'Join', wrong: 'This code is not valid (or no longer). Check the screen.' },
  de: { title: 'Am Workshop teilnehmen', label: 'Code auf der Leinwand', join: 'Teilnehmen', wrong: 'Dieser Code gilt nicht (mehr). Bitte auf der Leinwand nachsehen.' },
} as const;

const STYLE =
  'body{font:18px/1.4 system-ui,sans-serif;margin:0;padding:24px;background:#f6f4ee;color:#1d1d1d}' +
  'h1{font-size:24px}label{display:block;margin:16px 0 8px}' +
  'input{font-size:28px;letter-spacing:4px;width:100%;box-sizing:border-box;padding:12px;border:2px solid #444;border-radius:8px}' +
  'button{margin-top:16px;font-size:20px;width:100%;padding:14px;border:0;border-radius:8px;background:#1f4fa3;color:#fff}' +
  'p.wrong{color:#a3001f;font-weight:600}';

export const CODE_FORM_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

export function languageOf(acceptLanguage: string | undefined): 'en' | 'de' {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('de') ? 'de' : 'en';
}

export function codeFormHtml(language: 'en' | 'de', wrong: boolean): string {
  const t = TEXTS[language];
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t.title}</title><style>${STYLE}</style></head><body><h1>${t.title}</h1>${wrong ? `<p class="wrong">${t.wrong}</p>` : ''}<form method="get" action="/c"><label for="code">${t.label}</label><input id="code" name="code" inputmode="numeric" autocomplete="off" pattern="[0-9]{6}" maxlength="6" required autofocus><button type="submit">${t.join}</button></form></body></html>`;
}
