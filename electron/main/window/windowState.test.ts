import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, placeWindow, saveWindowState } from './windowState';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window placement', () => {
  it('opens at the default size on first run', () => {
    expect(placeWindow(null, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('restores a position that is on a connected display', () => {
    expect(placeWindow({ x: 1600, y: 100, width: 1200, height: 900, maximized: false }, [laptop, monitor])).toEqual({
      bounds: { x: 1600, y: 100, width: 1200, height: 900 },
      maximized: false,
    });
  });

  it('brings a window from an unplugged monitor back onto the laptop', () => {
    const placed = placeWindow({ x: 1600, y: 100, width: 1200, height: 900, maximized: true }, [laptop]);
    expect(placed).toEqual({ bounds: { width: 1200, height: 875 }, maximized: true });
  });

  it('pulls a window hanging over an edge fully onto its display', () => {
    const placed = placeWindow({ x: 1000, y: -200, width: 1000, height: 700, maximized: false }, [laptop]);
    expect(placed.bounds).toEqual({ x: 440, y: 25, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display', () => {
    const placed = placeWindow({ x: 10, y: 30, width: 3000, height: 2000, maximized: false }, [laptop]);
    expect(placed.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('ignores a sliver that only touches a display', () => {
    // 100 px of the window on the laptop: too little to grab, so it is centred instead.
    const placed = placeWindow({ x: -1100, y: 100, width: 1200, height: 800, maximized: false }, [laptop]);
    expect(placed.bounds).toEqual({ width: 1200, height: 800 });
  });

  it('uses the display showing most of the window', () => {
    const placed = placeWindow({ x: 1000, y: 100, width: 1200, height: 800, maximized: false }, [laptop, monitor]);
    expect(placed.bounds).toEqual({ x: 1440, y: 100, width: 1200, height: 800 });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jb-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips and ignores a damaged file', async () => {
    const file = join(dir, 'window-state.json');
    expect(await loadWindowState(file)).toBeNull();
    await saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(await loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    writeFileSync(file, '{"width": -5, "height": "tall"}');
    expect(await loadWindowState(file)).toBeNull();
  });
});
