/** The session's secrets, from the operating system's random source. */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { SHORT_CODE_DIGITS, TOKEN_BYTES } from '../../shared/participants/limits';

/** 128 random bits, URL-safe (22 characters). */
export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function newShortCode(): string {
  let code = '';
  for (let i = 0; i < SHORT_CODE_DIGITS; i++) code += String(randomInt(10));
  return code;
}

/** Compares secrets in constant time, so response times do not leak how much of a guess was right. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
