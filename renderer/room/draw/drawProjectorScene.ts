/**
 * The whole projector picture, painted by the board painter: the paper, the sheet, lines, notes
 * (covered ones face down), and as overlays the vote badges, the presentation spotlight and the
 * lane tags. The projector window draws it full screen and the facilitator's preview draws it
 * small, from the same data, so the preview is what the room sees. Only the room's own parts
 * are drawn here.
 */
import { LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, type GridLayout, type Id, type JourneyDoc, type Note, type Phase } from '../../../shared/model';
import { visibleBoardRect, type Camera, type Viewport } from '../../../shared/camera/camera';
import { dimmedRects } from '../../../shared/room/presentation';
import type { Canvas2D } from '../../canvas/draw/canvas2d';
import { measureWithCanvas, noteTextLayouts } from '../../canvas/draw/measure';
import type { BoardTheme } from '../../canvas/draw/theme';
import type { BoardDecoration } from '../../canvas/paint/decoration';
import { paintBoard, type BoardOverlay, type CoveredNotes } from '../../canvas/paint/paintBoard';
import type { Scene } from '../../canvas/scene/scene';
import { drawCoveredNote } from './drawCoveredNote';
import { drawVoteBadge } from './drawVoteBadge';

export interface ProjectorSceneInput {
  scene: Scene;
  doc: JourneyDoc;
  camera: Camera;
  /** CSS pixels of the canvas. */
  size: Viewport;
  pixelRatio: number;
  theme: BoardTheme;
  showVotes: boolean;
  /** The spotlit phase while presenting, else null. */
  spotlightPhaseId: Id | null;
  /** Notes drawn face down whatever their flag says (written in a round this window saw start). */
  alsoCovered?: ReadonlySet<Id>;
  /**
   * What other parts of the app draw on the board (persona card, emotion curves, the method's
   * badges), as on the facilitator's board; the room's own marks are drawn here instead.
   */
  decorations: readonly BoardDecoration[];
  /** Asks for another frame (a persona picture finished decoding). */
  redraw(): void;
}

export const SPOTLIGHT = { dim: 'rgba(15, 18, 22, 0.62)', edge: '#ffb300' } as const;

function isCovered(note: Note, input: ProjectorSceneInput): boolean {
  return note.covered === true || (input.alsoCovered?.has(note.id) ?? false);
}

function drawSpotlight(ctx: Canvas2D, layout: GridLayout, phases: readonly Phase[], input: ProjectorSceneInput): void {
  const state = { phaseId: input.spotlightPhaseId };
  const dims = dimmedRects(state, layout);
  if (dims.length === 0 || !phases.some((p) => p.id === input.spotlightPhaseId)) return;
  ctx.fillStyle = SPOTLIGHT.dim;
  for (const r of dims) ctx.fillRect(r.x, r.y, r.width, r.height);
  const column = layout.columnById.get(input.spotlightPhaseId!);
  if (!column) return;
  ctx.strokeStyle = SPOTLIGHT.edge;
  ctx.lineWidth = Math.max(6, 3 / input.camera.zoom);
  ctx.strokeRect(column.x, 0, column.width, Math.max(PHASE_HEADER_HEIGHT, layout.bottom));
}

/**
 * While a phase far from the lane titles is presented, the titles are out of the picture: each
 * visible lane gets its title beside the spotlit column, in the dimmed space on its left.
 */
function drawLaneTags(ctx: Canvas2D, input: ProjectorSceneInput): void {
  const { scene, camera, pixelRatio: pr, doc } = input;
  const column = input.spotlightPhaseId ? scene.layout.columnById.get(input.spotlightPhaseId) : undefined;
  if (!column) return;
  const right = column.x * camera.zoom + camera.x - 10;
  if (camera.x + LANE_HEADER_WIDTH * camera.zoom > 0 || right < 140) return;
  const titles = new Map(doc.lanes.map((l) => [l.id, l.title]));
  const size = 22;
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  ctx.font = `600 ${size}px 'Inter', system-ui, sans-serif`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const row of scene.layout.rows) {
    const top = row.y * camera.zoom + camera.y;
    const bottom = (row.y + row.height) * camera.zoom + camera.y;
    if (bottom < size * 2 || top > input.size.height - size * 2) continue;
    const y = Math.min(Math.max((Math.max(top, 0) + Math.min(bottom, input.size.height)) / 2, size), input.size.height - size);
    let text = titles.get(row.id) ?? '';
    while (text.length > 1 && ctx.measureText(text).width > right - 24) text = `${text.slice(0, -2)}…`;
    if (!text) continue;
    const width = ctx.measureText(text).width;
    ctx.fillStyle = 'rgba(0, 0, 0, 0.78)';
    ctx.fillRect(right - width - 12, y - size * 0.85, width + 20, size * 1.7);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(text, right, y);
  }
}

export function drawProjectorScene(ctx: Canvas2D, input: ProjectorSceneInput): void {
  const { scene, doc, camera, size, pixelRatio: pr, theme } = input;
  ctx.setTransform(pr * camera.zoom, 0, 0, pr * camera.zoom, pr * camera.x, pr * camera.y);
  const zoom = camera.zoom;
  const covered: CoveredNotes = { has: (note) => isCovered(note, input), draw: drawCoveredNote };
  const votes: BoardOverlay = (c, frame) => {
    if (!input.showVotes) return;
    for (const item of frame.notes) {
      // Larger than on the laptop: the back row must read the count.
      if (item.note.votes) drawVoteBadge(c, item.note, item.rect, { zoom, fontFamily: "'Inter', system-ui, sans-serif", minScreenRadius: 17 });
    }
  };
  paintBoard(
    ctx,
    { doc, source: scene, measure: measureWithCanvas, layouts: noteTextLayouts },
    {
      theme,
      zoom,
      view: visibleBoardRect(camera, size),
      covered,
      decorations: input.decorations,
      redraw: input.redraw,
      overlays: [votes, (c) => drawSpotlight(c, scene.layout, doc.phases, input), (c) => drawLaneTags(c, input)],
    },
  );
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
