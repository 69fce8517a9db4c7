import i18next from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeGridLayout, type JourneyDoc } from '../../../shared/model';
import { notesWrittenSince, startRound, type BrainwritingRound } from '../../../shared/room/brainwriting';
import { pruneLaserTrail, pushLaserPoint, type LaserPoint } from '../../../shared/room/laser';
import type { RoomState } from '../../../shared/room/messages';
import { projectorCamera } from '../../../shared/camera/projector';
import { ProjectorJoin } from '../../participants/ProjectorJoin';
import { useBoard } from '../../store/store';
import { drawLaser } from '../draw/drawLaser';
import { projectorTheme } from '../draw/projectorTheme';
import { ProjectorCanvas } from '../ProjectorCanvas';
import { ProjectorOverlays } from '../ProjectorOverlays';
import { openRoomChannel } from '../roomChannel';
import { PROJECTOR_HASH } from '../projectorWindow';
import { useFontsVersion } from '../useFontsVersion';
import { linkProjector, type ProjectorLink } from './projectorLink';
import { showJourney, type ShowOutcome } from './projectorSession';
import '../room.css';

function useWindowSize() {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/**
 * Notes written during a hidden round are drawn face down here from the moment they appear,
 * even before the facilitator's window has marked them covered.
 */
function useRoundGuard(active: boolean, doc: JourneyDoc | null) {
  const [round, setRound] = useState<BrainwritingRound | null>(null);
  useEffect(() => {
    if (!active) setRound(null);
    else if (doc && (!round || round.journeyId !== doc.id)) setRound(startRound(doc));
  }, [active, doc, round]);
  return useMemo(() => (round && doc ? notesWrittenSince(round, doc) : undefined), [round, doc]);
}

/** The projector window is the app's page opened at `#projector` (Electron's projector window, or a second browser window). */
export function isProjectorWindow(hash: string): boolean {
  return hash === PROJECTOR_HASH;
}

/** True for a moment after the mouse moves: the full-screen offer shows only then, not to the room. */
function usePointerRecentlyMoved(ms = 2500): boolean {
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    let timer = 0;
    const onMove = () => {
      setMoved(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setMoved(false), ms);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, [ms]);
  return moved;
}

const STEP_NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const STEP_BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The projector window (`#projector`): only the board, in the projector's high-contrast look,
 * framed as the facilitator's window says, with the timer, the presented phase's questions and
 * the laser pointer on top. No toolbars, no selection, nothing to edit.
 */
export function ProjectorView() {
  const { t } = useTranslation();
  const size = useWindowSize();
  const doc = useBoard((s) => s.doc);
  const [state, setState] = useState<RoomState | null>(null);
  const [outcome, setOutcome] = useState<ShowOutcome | null>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const fontsVersion = useFontsVersion({ forgetMeasurements: true });
  const pointerMoved = usePointerRecentlyMoved();
  const link = useRef<ProjectorLink | null>(null);
  const laser = useRef<{ head: { x: number; y: number } | null; trail: LaserPoint[] }>({ head: null, trail: [] });
  const laserCanvas = useRef<HTMLCanvasElement>(null);
  const cameraRef = useRef<{ x: number; y: number; zoom: number } | null>(null);
  const laserFrame = useRef(0);

  const drawLaserFrame = useCallback(() => {
    laserFrame.current = 0;
    const canvas = laserCanvas.current;
    const camera = cameraRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const pr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const now = performance.now();
    laser.current.trail = pruneLaserTrail(laser.current.trail, now);
    if (camera) drawLaser(ctx, laser.current.head, laser.current.trail, { camera, pixelRatio: pr, now });
    // Keep drawing while the trail fades.
    if (laser.current.trail.length > 0) laserFrame.current = requestAnimationFrame(drawLaserFrame);
  }, []);

  useEffect(() => {
    document.title = t('room:view.title');
  }, [t]);

  useEffect(() => {
    const channel = openRoomChannel();
    const l = linkProjector({
      channel,
      status: () => ({ viewport: { width: window.innerWidth, height: window.innerHeight }, deviceScale: window.devicePixelRatio || 1 }),
      onState: (next) => {
        setState(next);
        if (i18next.language !== next.language) void i18next.changeLanguage(next.language);
      },
      onLaser: (point) => {
        const now = performance.now();
        laser.current.head = point;
        if (point) laser.current.trail = pushLaserPoint(laser.current.trail, { ...point, at: now });
        if (!laserFrame.current) laserFrame.current = requestAnimationFrame(drawLaserFrame);
      },
      onCloseRequest: () => window.close(),
      setInterval: (fn, ms) => {
        const id = window.setInterval(fn, ms);
        return () => window.clearInterval(id);
      },
    });
    link.current = l;
    const bye = () => l.bye();
    const onFullscreen = () => {
      setFullscreen(document.fullscreenElement !== null);
      l.sendStatus();
    };
    window.addEventListener('pagehide', bye);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('pagehide', bye);
      document.removeEventListener('fullscreenchange', onFullscreen);
      l.bye();
      l.close();
      channel.close();
      link.current = null;
    };
  }, [drawLaserFrame]);

  useEffect(() => link.current?.sendStatus(), [size]);

  // A presentation clicker pressed while this window has focus steps the facilitator's show.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (STEP_NEXT.has(e.key)) link.current?.step(1);
      else if (STEP_BACK.has(e.key)) link.current?.step(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const journeyId = state?.journeyId ?? null;
  useEffect(() => {
    if (state === null) return;
    let live = true;
    void showJourney(journeyId).then((o) => live && setOutcome(o));
    return () => {
      live = false;
    };
    // Only a different journey means loading; camera and timer changes do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [journeyId, state === null]);

  const alsoCovered = useRoundGuard(state?.brainwriting ?? false, doc);
  const layout = useMemo(() => (doc ? computeGridLayout(doc.phases, doc.lanes) : null), [doc?.phases, doc?.lanes]); // eslint-disable-line react-hooks/exhaustive-deps
  const camera = useMemo(() => (state && layout && doc ? projectorCamera(state, layout, size, doc) : null), [state, layout, size, doc]);
  cameraRef.current = camera;
  useEffect(() => {
    const canvas = laserCanvas.current;
    if (!canvas) return;
    const pr = window.devicePixelRatio || 1;
    canvas.width = Math.round(size.width * pr);
    canvas.height = Math.round(size.height * pr);
    if (!laserFrame.current) laserFrame.current = requestAnimationFrame(drawLaserFrame);
  }, [size, camera, drawLaserFrame]);

  const theme = useMemo(() => (state ? projectorTheme({ font: state.look.font, palette: state.look.palette, fontScale: state.fontScale }) : null), [state]);
  const visible = doc && state && doc.id === state.journeyId && camera && theme;

  let message: string | null = null;
  if (!state) message = t('room:view.waiting');
  else if (!state.journeyId) message = t('room:view.noJourney');
  else if (outcome === 'missing' || outcome === 'failed') message = t('room:view.loadFailed');

  return (
    <main
      className={`projector-view${fullscreen ? ' is-fullscreen' : ''}${pointerMoved ? ' is-pointing' : ''}`}
      aria-label={t('room:view.board')}
      data-testid="projector-view"
      data-journey={visible ? doc.id : ''}
      // Read by tests: where the room's picture is framed (board to screen, as the canvas draws it).
      data-camera={camera ? JSON.stringify({ x: Math.round(camera.x), y: Math.round(camera.y), zoom: Math.round(camera.zoom * 1000) / 1000 }) : ''}
      onDoubleClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
    >
      {visible ? (
        <ProjectorCanvas
          doc={doc}
          camera={camera}
          size={size}
          theme={theme}
          showVotes={state.showVotes}
          spotlightPhaseId={state.presentation.active ? state.presentation.phaseId : null}
          alsoCovered={alsoCovered}
          fontsVersion={fontsVersion}
          label={t('room:view.board')}
          testId="projector-canvas"
        />
      ) : null}
      <canvas ref={laserCanvas} className="projector-laser" style={{ width: size.width, height: size.height, pointerEvents: 'none' }} aria-hidden="true" />
      {message ? <p className="projector-message">{message}</p> : null}
      {state ? <ProjectorOverlays state={state} doc={visible ? doc : null} /> : null}
      <ProjectorJoin />
      {state?.brainwriting ? <p className="projector-tag">{t('room:view.brainwriting')}</p> : null}
      {document.fullscreenEnabled && pointerMoved && !fullscreen ? (
        <button type="button" className="projector-fullscreen" onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}>
          {t('room:view.fullscreen')}
        </button>
      ) : null}
    </main>
  );
}

