import { useMemo, useSyncExternalStore } from 'react';
import i18next from 'i18next';
import { computeGridLayout } from '../../shared/model';
import { checkLegibility, type LegibilityReport, type ProjectorGeometry } from '../../shared/room/legibility';
import { boardArea, projectorCamera } from '../../shared/camera/projector';
import type { RoomState as RoomMessageState } from '../../shared/room/messages';
import { useBoard } from '../store/store';
import { facilitatorViewport, onFacilitatorViewportChange } from './facilitatorView';
import { projectedFontSizes, type ProbeInput } from './legibilityProbe';
import { projectorOf } from './projectorGeometry';
import { roomBroadcast } from './roomBroadcast';
import { roomContext } from './roomContext';
import { useRoom } from './roomStore';

export interface ProjectorLegibility {
  report: LegibilityReport;
  geometry: ProjectorGeometry;
  /** True while no projector is connected and a full HD one is assumed. */
  assumed: boolean;
  fontSizesAt(fontScale: number): number[];
}

/**
 * How legible note text is on the projector right now, judged from the same state the
 * projector receives, so the facilitator needs no answer from it. While a phase is presented,
 * only its notes count: the others are dimmed and not meant to be read.
 */
export function useProjectorLegibility(): ProjectorLegibility | null {
  const doc = useBoard((s) => s.doc);
  const camera = useBoard((s) => s.camera);
  const font = useBoard((s) => s.boardFont);
  const palette = useBoard((s) => s.paletteName);
  const room = useRoom((s) => s);
  const viewport = useSyncExternalStore(onFacilitatorViewportChange, facilitatorViewport);
  const { status, assumed } = projectorOf(room);
  const statusKey = JSON.stringify(status);
  const state = roomBroadcast({ room, plan: roomContext.plan, journeyId: doc?.id ?? null, camera, viewport, language: i18next.language === 'de' ? 'de' : 'en', look: { font, palette } });
  const frameKey = JSON.stringify({ view: state.view, presentation: state.presentation });
  const threshold = room.settings.thresholdPx;
  const { fontScale } = room;

  return useMemo(() => {
    if (!doc) return null;
    const projector = JSON.parse(statusKey) as typeof status;
    const frame = JSON.parse(frameKey) as Pick<RoomMessageState, 'view' | 'presentation'>;
    const layout = computeGridLayout(doc.phases, doc.lanes);
    const cam = projectorCamera(frame, layout, projector.viewport, doc);
    const area = boardArea(frame, projector.viewport);
    const presented = frame.presentation.active ? frame.presentation.phaseId : null;
    const probe: ProbeInput = { doc, layout, camera: cam, viewport: { width: area.width, height: area.height }, look: { font, palette }, onlyPhaseId: presented };
    const geometry: ProjectorGeometry = { zoom: cam.zoom, deviceScale: projector.deviceScale, windowHeight: projector.viewport.height };
    const fontSizesAt = (scale: number) => projectedFontSizes(probe, scale);
    return { report: checkLegibility(fontSizesAt(fontScale), geometry, threshold), geometry, assumed, fontSizesAt };
  }, [doc, frameKey, statusKey, assumed, font, palette, fontScale, threshold]);
}
