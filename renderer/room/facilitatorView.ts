/**
 * The size of the facilitator's board view, which the projector needs to show the same part
 * of the board. The room layer observes the board's canvas area and records it here.
 */
import type { Viewport } from '../../shared/camera/camera';

let current: Viewport | null = null;
const listeners = new Set<() => void>();

export function facilitatorViewport(): Viewport | null {
  return current;
}

export function setFacilitatorViewport(viewport: Viewport | null): void {
  if (current?.width === viewport?.width && current?.height === viewport?.height) return;
  current = viewport;
  for (const listener of listeners) listener();
}

export function onFacilitatorViewportChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
