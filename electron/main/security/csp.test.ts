import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cspFromHtml } from './csp';

describe('Content Security Policy', () => {
  it('the header equals the meta tag of renderer/index.html', () => {
    expect(cspFromHtml(readFileSync('renderer/index.html', 'utf8'))).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps the app offline and locked down', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => { const [name, ...values] = d.trim().split(/\s+/); return [name, values.join(' ')]; }));
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
  });

  it('finds no policy in a page without the tag', () => {
    expect(cspFromHtml('<html><head></head></html>')).toBeNull();
  });
});
