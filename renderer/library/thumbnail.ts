/**
 * The small picture of a board on its library card: the grid and every note as a coloured
 * block, as the room would recognise the flipchart from across the table. Text is not drawn:
 * at this scale it would be noise. The scene is computed as plain data (tested), then painted.
 */
import { computeGridLayout, noteRect, PALETTES, type Id, type Lane, type Note, type Phase, type Rect } from '../../shared/model';

/** A board to picture: an open journey (notes by id) or a journey (notes as a list). */
export interface ThumbnailBoard {
  phases: readonly Phase[];
  lanes: readonly Lane[];
  notes: Readonly<Record<Id, Note>> | readonly Note[];
}

export const THUMBNAIL_SIZE = { width: 480, height: 270 } as const;

const INK = {
  paper: '#f3f1ea',
  sheet: '#ffffff',
  header: '#ebe8df',
  line: '#d9d6cc',
};

export interface ThumbnailShape extends Rect {
  fill: string;
  stroke?: string;
}

export function thumbnailScene(
  doc: ThumbnailBoard,
  size: { width: number; height: number } = THUMBNAIL_SIZE,
): ThumbnailShape[] {
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const rects: { rect: Rect; colour: keyof (typeof PALETTES)['standard'] }[] = [];
  let minX = 0;
  let minY = 0;
  let maxX = layout.right;
  let maxY = layout.bottom;
  for (const note of Object.values(doc.notes)) {
    const rect = noteRect(note, layout);
    if (!rect) continue;
    rects.push({ rect, colour: note.colour });
    minX = Math.min(minX, rect.x);
    minY = Math.min(minY, rect.y);
    maxX = Math.max(maxX, rect.x + rect.width);
    maxY = Math.max(maxY, rect.y + rect.height);
  }
  const margin = 8;
  const scale = Math.min((size.width - 2 * margin) / (maxX - minX), (size.height - 2 * margin) / (maxY - minY));
  const offsetX = margin - minX * scale + (size.width - 2 * margin - (maxX - minX) * scale) / 2;
  const offsetY = margin - minY * scale;
  const place = (r: Rect): Rect => ({ x: offsetX + r.x * scale, y: offsetY + r.y * scale, width: r.width * scale, height: r.height * scale });

  const shapes: ThumbnailShape[] = [{ x: 0, y: 0, ...size, fill: INK.paper }];
  shapes.push({ ...place({ x: 0, y: 0, width: layout.right, height: layout.bottom }), fill: INK.sheet, stroke: INK.line });
  if (layout.columns.length > 0) {
    shapes.push({ ...place({ x: 0, y: 0, width: layout.right, height: layout.rows[0]?.y ?? layout.bottom }), fill: INK.header });
  }
  for (const column of layout.columns) {
    shapes.push({ ...place({ x: column.x, y: 0, width: 1 / scale, height: layout.bottom }), fill: INK.line });
  }
  for (const row of layout.rows) {
    shapes.push({ ...place({ x: 0, y: row.y, width: layout.right, height: 1 / scale }), fill: INK.line });
  }
  for (const { rect, colour } of rects) {
    const ink = PALETTES.standard[colour];
    shapes.push({ ...place(rect), fill: ink.fill, stroke: ink.edge });
  }
  return shapes;
}

/** Paints the scene into a canvas and returns it as a PNG data URL. */
export function renderThumbnail(doc: ThumbnailBoard, ownerDocument: Document = document): string | null {
  const canvas = ownerDocument.createElement('canvas');
  canvas.width = THUMBNAIL_SIZE.width;
  canvas.height = THUMBNAIL_SIZE.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  for (const shape of thumbnailScene(doc)) {
    ctx.fillStyle = shape.fill;
    ctx.fillRect(shape.x, shape.y, shape.width, shape.height);
    if (shape.stroke && shape.width > 3 && shape.height > 3) {
      ctx.strokeStyle = shape.stroke;
      ctx.lineWidth = 1;
      ctx.strokeRect(shape.x + 0.5, shape.y + 0.5, shape.width - 1, shape.height - 1);
    }
  }
  const url = canvas.toDataURL('image/png');
  return url.startsWith('data:image/png;base64,') ? url : null;
}
