import { describe, expect, it } from 'vitest';
import { fileNameFor } from './fileName';

describe('journey file names', () => {
  it('keeps a title readable and makes it safe as a file name', () => {
    expect(fileNameFor('Online-Shop: Kauf / Rückgabe?', 'Journey')).toBe('Online-Shop- Kauf - Rückgabe-');
    expect(fileNameFor('  ..hidden  ', 'Journey')).toBe('hidden');
    expect(fileNameFor('a\u0000b\tc', 'Journey')).toBe('a-b-c');
    expect(fileNameFor('x'.repeat(400), 'Journey')).toHaveLength(150);
    expect(fileNameFor('  ', 'Journey')).toBe('Journey');
  });
});
