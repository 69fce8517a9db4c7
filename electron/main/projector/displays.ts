/**
 * Which screen the projector window goes to, and what changed when a cable was plugged in or
 * pulled. Pure functions of Electron's display list (screen.getAllDisplays()), so they are
 * tested with plain lists.
 */
import type { DisplayInfo } from '../../../shared/ipc/channels';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of Electron's Display we use. */
export interface DisplayLike {
  id: number;
  label?: string;
  bounds: Rect;
  workArea: Rect;
  /** True for a laptop's built-in panel (Electron knows this on macOS and ChromeOS only). */
  internal?: boolean;
}

export function toDisplayInfo(displays: readonly DisplayLike[], primaryId: number): DisplayInfo[] {
  return displays.map((d) => ({
    id: d.id,
    label: d.label?.trim() || `${d.bounds.width} × ${d.bounds.height}`,
    width: d.bounds.width,
    height: d.bounds.height,
    primary: d.id === primaryId,
  }));
}

export interface ProjectorTarget {
  display: DisplayLike;
  /** Full screen on a second display; a normal window when the laptop is alone. */
  fullScreen: boolean;
}

/**
 * The display for the projector: the one asked for if it is connected, else an external one
 * (not the primary, preferring one Electron knows is not built in, then the largest), else the
 * primary display as a normal window so the facilitator can still check the view.
 */
export function pickProjectorDisplay(
  displays: readonly DisplayLike[],
  primaryId: number,
  requestedId: number | null,
): ProjectorTarget | null {
  if (displays.length === 0) return null;
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0]!;
  const requested = requestedId === null ? undefined : displays.find((d) => d.id === requestedId);
  // The primary display holds the facilitator's window: there the projector is a normal window.
  if (requested) return { display: requested, fullScreen: requested.id !== primary.id };
  const external = displays
    .filter((d) => d.id !== primary.id)
    .sort((a, b) => Number(a.internal === true) - Number(b.internal === true) || b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height);
  if (external[0]) return { display: external[0], fullScreen: true };
  return { display: primary, fullScreen: false };
}

export interface DisplayChange<D extends { id: number }> {
  added: D[];
  removed: D[];
}

export function diffDisplays<D extends { id: number }>(before: readonly D[], after: readonly D[]): DisplayChange<D> {
  const beforeIds = new Set(before.map((d) => d.id));
  const afterIds = new Set(after.map((d) => d.id));
  return {
    added: after.filter((d) => !beforeIds.has(d.id)),
    removed: before.filter((d) => !afterIds.has(d.id)),
  };
}

/** Centres a window of the given size in a display's work area (for the windowed projector). */
export function centredIn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: Math.round(area.x + (area.width - w) / 2), y: Math.round(area.y + (area.height - h) / 2), width: w, height: h };
}
