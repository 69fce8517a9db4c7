import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { computeGridLayout } from '../../shared/model';
import { projectorCamera } from '../../shared/camera/projector';
import { useBoard } from '../store/store';
import { facilitatorViewport, onFacilitatorViewportChange } from './facilitatorView';
import { projectorTheme } from './draw/projectorTheme';
import { ProjectorCanvas } from './ProjectorCanvas';
import { ProjectorOverlays } from './ProjectorOverlays';
import { roomBroadcast } from './roomBroadcast';
import { roomContext } from './roomContext';
import { useRoom } from './roomStore';
import { useFontsVersion } from './useFontsVersion';
import { ASSUMED_PROJECTOR } from './projectorGeometry';

const PREVIEW_WIDTH = 288;

/**
 * A small copy of what the room sees, drawn here from the same state the projector receives:
 * it shows the picture even before a projector window is open.
 */
export function ProjectorPreview() {
  const { t } = useTranslation();
  const doc = useBoard((s) => s.doc);
  const camera = useBoard((s) => s.camera);
  const font = useBoard((s) => s.boardFont);
  const palette = useBoard((s) => s.paletteName);
  const room = useRoom((s) => s);
  const viewport = useSyncExternalStore(onFacilitatorViewportChange, facilitatorViewport);
  const fontsVersion = useFontsVersion({ forgetMeasurements: false });
  const projector = room.projector.connected && room.projector.status ? room.projector.status.viewport : ASSUMED_PROJECTOR.viewport;

  const state = roomBroadcast({ room, plan: roomContext.plan, journeyId: doc?.id ?? null, camera, viewport, language: i18next.language === 'de' ? 'de' : 'en', look: { font, palette } });
  const stateKey = JSON.stringify(state);
  const { width: projectorWidth, height: projectorHeight } = projector;
  const scale = PREVIEW_WIDTH / projector.width;
  const size = useMemo(() => ({ width: PREVIEW_WIDTH, height: Math.round(projector.height * scale) }), [projector.height, scale]);
  const scaledCamera = useMemo(() => {
    if (!doc) return null;
    const frame = JSON.parse(stateKey) as typeof state;
    const cam = projectorCamera(frame, computeGridLayout(doc.phases, doc.lanes), { width: projectorWidth, height: projectorHeight }, doc);
    return { x: cam.x * scale, y: cam.y * scale, zoom: cam.zoom * scale };
  }, [doc, stateKey, projectorWidth, projectorHeight, scale]);

  if (!doc || !scaledCamera) return null;
  return (
    <figure className="room-preview" data-testid="projector-preview">
      <div className="room-preview__frame" style={{ width: size.width, height: size.height }}>
        <ProjectorCanvas
          doc={doc}
          camera={scaledCamera}
          size={size}
          theme={projectorTheme({ font, palette, fontScale: room.fontScale })}
          showVotes={room.showVotes}
          spotlightPhaseId={room.presentation.active ? room.presentation.phaseId : null}
          fontsVersion={fontsVersion}
          label={t('room:projector.preview')}
        />
        <div className="room-preview__overlays" style={{ width: projector.width, height: projector.height, transform: `scale(${scale})` }}>
          <ProjectorOverlays state={state} doc={doc} />
        </div>
      </div>
      <figcaption>{t('room:projector.preview')}</figcaption>
    </figure>
  );
}
