import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipPack } from './pack';

describe('zipPack', () => {
  it('puts every file in one folder named like the pack', () => {
    const files = [
      { name: 'Shop 2026-11-22.png', data: new Uint8Array([137, 80, 78, 71]) },
      { name: 'Shop 2026-11-22.journey.json', data: new TextEncoder().encode('{"format":"journeyboard"}') },
    ];
    const zip = zipPack('Shop 2026-11-22', files, new Date(2026, 10, 22));
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['Shop 2026-11-22/Shop 2026-11-22.journey.json', 'Shop 2026-11-22/Shop 2026-11-22.png']);
    expect(entries['Shop 2026-11-22/Shop 2026-11-22.png']).toEqual(files[0]!.data);
  });
});
