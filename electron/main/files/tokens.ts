/**
 * Opaque tokens that stand for paths. The renderer gets a token for a file it opened or saved
 * and hands it back to save again; it never sees or sends a path (RELIABILITY.md). Tokens live
 * as long as the process; the same path keeps the same token.
 */
import { randomBytes } from 'node:crypto';

export class TokenRegistry {
  private readonly paths = new Map<string, string>();
  private readonly tokens = new Map<string, string>();

  tokenFor(path: string): string {
    const known = this.tokens.get(path);
    if (known) return known;
    const token = randomBytes(18).toString('base64url'); // 24 characters of [A-Za-z0-9_-]
    this.paths.set(token, path);
    this.tokens.set(path, token);
    return token;
  }

  pathFor(token: string): string | undefined {
    return this.paths.get(token);
  }

  forget(path: string): void {
    const token = this.tokens.get(path);
    if (token) this.paths.delete(token);
    this.tokens.delete(path);
  }
}
