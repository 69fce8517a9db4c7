import { useMemo, useSyncExternalStore } from 'react';
import { computeGridLayout } from '../../shared/model';
import { checkLegibility, type LegibilityReport, type ProjectorGeometry } from '../../shared/room/legibility';
import { projectorCamera } from '../../shared/room/projectorCamera';
import type { ProjectorStatus } from '../../shared/room/messages';
import { useBoard } from '../store/store';
import { facilitatorViewport, onFacilitatorViewportChange } from './facilitatorView';
import { projectedFontSizes, type ProbeInput } from './legibilityProbe';
import { projectorViewOf } from './roomBroadcast';
import { useRoom } from './roomStore';

/** Judged against a full HD projector until a projector window reports its real size. */
export const ASSUMED_PROJECTOR: ProjectorStatus = { viewport: { width: 1920, height: 1080 }, deviceScale: 1 };

export interface ProjectorLegibility {
  report: LegibilityReport;
  geometry: ProjectorGeometry;
  /** True while no projector is connected and the full HD assumption is used. */
  assumed: boolean;
  fontSizesAt(fontScale: number): number[];
}

/** How legible note text is on the projector right now, as the facilitator's window sees it. */
export function useProjectorLegibility(): ProjectorLegibility | null {
  const doc = useBoard((s) => s.doc);
  const camera = useBoard((s) => s.camera);
  const font = useBoard((s) => s.boardFont);
  const palette = useBoard((s) => s.paletteName);
  const projectorView = useRoom((s) => s.projectorView);
  const presentation = useRoom((s) => s.presentation);
  const statusKey = useRoom((s) => (s.projector.connected && s.projector.status ? JSON.stringify(s.projector.status) : ''));
  const threshold = useRoom((s) => s.settings.thresholdPx);
  const fontScale = useRoom((s) => s.fontScale);
  const viewport = useSyncExternalStore(onFacilitatorViewportChange, facilitatorViewport);

  const view = projectorViewOf({ projectorView, presentation, camera, viewport });
  const viewKey = JSON.stringify(view);

  return useMemo(() => {
    if (!doc) return null;
    const status: ProjectorStatus | null = statusKey ? JSON.parse(statusKey) : null;
    const projector = status ?? ASSUMED_PROJECTOR;
    const layout = computeGridLayout(doc.phases, doc.lanes);
    const cam = projectorCamera({ view: JSON.parse(viewKey), presentation }, layout, projector.viewport, doc);
    const probe: ProbeInput = { doc, layout, camera: cam, viewport: projector.viewport, look: { font, palette } };
    const geometry: ProjectorGeometry = { zoom: cam.zoom, deviceScale: projector.deviceScale, windowHeight: projector.viewport.height };
    const fontSizesAt = (scale: number) => projectedFontSizes(probe, scale);
    return { report: checkLegibility(fontSizesAt(fontScale), geometry, threshold), geometry, assumed: status === null, fontSizesAt };
  }, [doc, viewKey, presentation, statusKey, font, palette, fontScale, threshold]);
}
