// The benchmark (`npm run bench`, issue 8) still runs end to end: a 200-note smoke run on its own
// build and port. It asserts that every figure is produced, never how fast: timings belong in
// the benchmark's table, not in a pass/fail test on a shared machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

function runSmoke(out: string): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['bench/run.mjs', '--smoke', '--port', 'auto', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => resolve({ code, log }));
  });
}

const isFigure = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

test('npm run bench --smoke produces every figure for a 200-note journey', async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'jb-bench-smoke-'));
  try {
    const out = join(dir, 'results.json');
    const { code, log } = await runSmoke(out);
    expect(code, log).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(results.sizes).toHaveLength(1);
    const size = results.sizes[0];
    expect(size.notes).toBe(200);
    expect(size.connectors).toBe(20);
    for (const key of ['openMs', 'heapMb', 'importMs', 'exportMs'] as const) expect(isFigure(size[key]), key).toBe(true);
    expect(isFigure(size.png.ms), 'png').toBe(true);
    expect(size.png.width).toBeGreaterThan(0);
    for (const view of ['fit', '100%']) {
      expect(isFigure(size.autosave[view]?.ms), `autosave ${view}`).toBe(true);
      expect(size.views[view].selected, `selection ${view}`).toBe(50);
      for (const gesture of ['pan', 'zoom', 'dragOne', 'dragFifty', 'type']) {
        const g = size.views[view][gesture];
        expect(g.frames, `${view} ${gesture} frames`).toBeGreaterThan(0);
        expect(g.inputs, `${view} ${gesture} inputs`).toBeGreaterThan(0);
        for (const key of ['median', 'p95', 'lagMs']) expect(isFigure(g[key]), `${view} ${gesture} ${key}`).toBe(true);
      }
    }
    expect(log).toContain('| notes | gesture |');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
