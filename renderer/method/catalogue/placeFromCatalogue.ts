/**
 * Turning a catalogue entry into a note on the board: where a drop lands (the cell under the
 * pointer, the note centred on it and kept inside the cell), or, from the keyboard, the
 * column of the entry's stage or phase (its free spot is found by the board's freeSpotInCell).
 */
import { phaseStages, phaseSteps } from '../../../shared/catalogue/methodPhases';
import type { KpiEntry } from '../../../shared/catalogue/kpis';
import type { TouchpointEntry } from '../../../shared/catalogue/touchpoints';
import {
  addNotes,
  CELL_PADDING,
  cellAt,
  cellRect,
  computeGridLayout,
  createNote,
  DEFAULT_NOTE_SIZE,
  growCellsToFit,
  type Cell,
  type JourneyDoc,
  type Language,
  type Note,
  type Point,
} from '../../../shared/model';

export type CatalogueItem = { type: 'touchpoint'; entry: TouchpointEntry } | { type: 'kpi'; entry: KpiEntry };

export function noteFromCatalogue(item: CatalogueItem, language: Language, place: Pick<Note, 'phaseId' | 'laneId' | 'x' | 'y'>): Note {
  if (item.type === 'touchpoint') {
    const attributes = { ...item.entry.attributes };
    return createNote({ kind: 'touchpoint', text: item.entry.name[language], ...place, ...(Object.keys(attributes).length ? { touchpoint: attributes } : {}) });
  }
  return createNote({ kind: 'kpi', text: item.entry.name[language], ...place, kpi: { higherIsBetter: item.entry.higherIsBetter } });
}

/** The note's place for a drop at a board point, or null outside the grid's cells. */
export function dropPlace(doc: JourneyDoc, point: Point): Pick<Note, 'phaseId' | 'laneId' | 'x' | 'y'> | null {
  const layout = computeGridLayout(doc.phases, doc.lanes);
  const cell = cellAt(point, layout);
  if (!cell) return null;
  const rect = cellRect(cell, layout)!;
  const { width, height } = DEFAULT_NOTE_SIZE;
  const clamp = (v: number, size: number, room: number) => Math.max(CELL_PADDING, Math.min(v, room - size - CELL_PADDING));
  return {
    phaseId: cell.phaseId,
    laneId: cell.laneId,
    x: Math.max(0, clamp(point.x - rect.x - width / 2, width, rect.width)),
    y: Math.max(0, clamp(point.y - rect.y - height / 2, height, rect.height)),
  };
}

/** The cell an entry goes to from the keyboard: its stage's (or phase's) column, in the lane of its kind. */
export function defaultCellFor(doc: JourneyDoc, item: CatalogueItem): Cell | null {
  const kind = item.type === 'touchpoint' ? 'touchpoint' : 'kpi';
  const lane = doc.lanes.find((l) => l.kind === kind && !l.hidden) ?? doc.lanes.find((l) => !l.hidden);
  if (!lane || doc.phases.length === 0) return null;
  const index =
    item.type === 'touchpoint'
      ? phaseStages(doc.phases).indexOf(item.entry.stage)
      : phaseSteps(doc.phases).findIndex((steps) => steps.includes(item.entry.phase));
  return { phaseId: doc.phases[Math.max(0, index)]!.id, laneId: lane.id };
}

/** Adds the note and grows its cell if it needs room: one document change. */
export function withCatalogueNote(doc: JourneyDoc, note: Note): JourneyDoc {
  return growCellsToFit(addNotes(doc, [note]));
}
