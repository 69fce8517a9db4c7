/**
 * The main window's size and position, remembered between runs in a JSON file in the user-data
 * folder. A saved position is only trusted while it is on a connected display: after the
 * projector or a second monitor is unplugged, the window comes back onto a visible screen
 * instead of opening off-screen.
 */
import { z } from 'zod';
import type { Rect } from '../projector/displays';
import { readJsonFile, writeJsonFile } from '../settings/jsonStore';

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of the window (its title bar, at least) must be on a display to keep the position. */
const MIN_VISIBLE = { width: 160, height: 60 };

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof stateSchema>;

export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Where the window opens. `workAreas` are the connected displays' work areas, primary first.
 * Without a usable saved position the window gets its size and the OS centres it.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  const fit = (size: { width: number; height: number }, area: Rect | undefined) => ({
    width: clamp(size.width, Math.min(MIN_SIZE.width, area?.width ?? MIN_SIZE.width), area?.width ?? size.width),
    height: clamp(size.height, Math.min(MIN_SIZE.height, area?.height ?? MIN_SIZE.height), area?.height ?? size.height),
  });
  if (!saved) return { bounds: fit(DEFAULT_SIZE, primary), maximized: false };
  if (saved.x === undefined || saved.y === undefined) return { bounds: fit(saved, primary), maximized: saved.maximized };

  const rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  const best = workAreas
    .map((area) => ({ area, seen: overlap(rect, area) }))
    .filter(({ seen }) => seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height)
    .sort((a, b) => b.seen.width * b.seen.height - a.seen.width * a.seen.height)[0];
  if (!best) return { bounds: fit(saved, primary), maximized: saved.maximized };

  const { area } = best;
  const size = fit(saved, area);
  return {
    bounds: {
      x: clamp(saved.x, area.x, area.x + area.width - size.width),
      y: clamp(saved.y, area.y, area.y + area.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}

export function loadWindowState(file: string): Promise<WindowState | null> {
  return readJsonFile(file, stateSchema.nullable(), null);
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeJsonFile(file, stateSchema.parse(state));
}
